import { IndexRebuildRequest } from './index-rebuild-request.js';

/**
 * Listings indexed before are analysed again by the rebuild requested here: the lexicon's files
 * gained repair and maintenance as a service (维修, 维保, 保养, 检修, 大修, repair, maintenance,
 * overhaul), the broader service of aircraft MRO, EV repair and medical equipment service; a title
 * naming a product and its repair (工业机器人维修保养, 光刻机维修与保养服务) offers the repair, the product
 * qualifying it, no longer the product. Until it runs they are found and scored as before.
 */
export class RepairServicesRebuild1764000131000 extends IndexRebuildRequest {
  name = 'RepairServicesRebuild1764000131000';
  protected reason = 'lexicon files: repair and maintenance';
}

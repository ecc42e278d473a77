import { IndexRebuildRequest } from './index-rebuild-request.js';

/**
 * Listings indexed before are analysed again by the rebuild requested here: a product an offer's
 * term holds in its words apart from it (the GPU of GPU服务器 and GPU算力租赁, the lithium battery of
 * "lithium battery manufacturing equipment") is a qualifier of that term, no longer a product the
 * offer trades; narrower kinds of a need's head named in a remark or a detail are its heads
 * (采购电子特气（NF3）); and the lexicon's files gained dicing blades, quartz crucibles, microfiber
 * leather, PV module recycling and names buyers use (发动机叶片, 铝压铸, 充电桩运营, "OLED emitter
 * material", "medical protective coverall"). Until it runs they are found and scored as before.
 */
export class HeldProductsRebuild1764000130500 extends IndexRebuildRequest {
  name = 'HeldProductsRebuild1764000130500';
  protected reason = 'held products are qualifiers; remarked kinds are heads; lexicon files: dicing blades, quartz crucibles, microfiber leather, PV recycling, trade names';
}

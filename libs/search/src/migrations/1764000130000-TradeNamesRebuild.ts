import { IndexRebuildRequest } from './index-rebuild-request.js';

/**
 * Listings indexed before are analysed again by the rebuild requested here: the lexicon's files
 * gained GPU算力 / "GPU compute" as names of compute rental (a need for GPU算力 read as GPU chips
 * missed the compute centres offering 算力服务), 抗体 / "antibody" as names of antibody drugs (an
 * English "Antibody CDMO" named no antibody), and 租用 (to rent) is a word of trading, no product;
 * a title naming its product in two languages qualifies it by the material either naming spells out
 * (碳纤维预浸料 | carbon-fiber prepreg offers no carbon fibre). Until it runs they are found and
 * scored as before.
 */
export class TradeNamesRebuild1764000130000 extends IndexRebuildRequest {
  name = 'TradeNamesRebuild1764000130000';
  protected reason = "lexicon files: GPU算力, 抗体/antibody, 租用; bilingual titles' materials";
}

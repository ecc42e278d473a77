import { IndexRebuildRequest } from './index-rebuild-request.js';

/**
 * Listings indexed before are analysed again by the rebuild requested here: the lexicon's files
 * gained online COD and ammonia-nitrogen analyzers (kinds of water quality analyzer: a COD need no
 * longer takes ammonia analyzers), blood glucose test strips, and names buyers use (智能客服机器人 is
 * a chatbot, not a robot; 飞机涂装 is aircraft painting; "sludge dewatering screw press"). Until it
 * runs they are found and scored as before.
 */
export class AnalyzersAndNamesRebuild1764000131500 extends IndexRebuildRequest {
  name = 'AnalyzersAndNamesRebuild1764000131500';
  protected reason = 'lexicon files: COD and ammonia analyzers, glucose strips, trade names';
}

import { IndexRebuildRequest } from './index-rebuild-request.js';

/**
 * Listings indexed before offers' keys named qualified products (`@q:`: a 12-inch epi wafer is a
 * 12-inch wafer) and materials of their own product (the LFP of LFP cells) are analysed again by
 * the rebuild requested here; until it runs they are scored as before.
 */
export class QualifiedTermsRebuild1764000100500 extends IndexRebuildRequest {
  name = 'QualifiedTermsRebuild1764000100500';
  protected reason = 'offer keys name qualified products and materials';
}

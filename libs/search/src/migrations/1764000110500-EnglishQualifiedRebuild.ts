import { IndexRebuildRequest } from './index-rebuild-request.js';

/**
 * Offers indexed before English qualified products were read like the Chinese ones (12-inch epi
 * wafers: a 12-inch silicon wafer, `@q:` key) are analysed again by the rebuild requested here;
 * until it runs they are scored as before.
 */
export class EnglishQualifiedRebuild1764000110500 extends IndexRebuildRequest {
  name = 'EnglishQualifiedRebuild1764000110500';
  protected reason = 'offer keys read English qualified products';
}

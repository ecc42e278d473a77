import { BadUserInputError, CoreErrorReason } from '@chainmatch/core';
import { MAX_TOTAL_HITS } from '../engine/search-engine.port.js';

/** How deep results can be paged: as far as engines count. */
export const MAX_SEARCH_WINDOW = MAX_TOTAL_HITS;

/**
 * Search results are ranked, not keyed by one column, so their cursors carry the position in the
 * result list. Paging a list that does not change meanwhile neither repeats nor skips a listing.
 */
export function encodeSearchCursor(offset: number): string {
  return Buffer.from(JSON.stringify(['search', offset])).toString('base64url');
}

export function decodeSearchCursor(cursor: string, field = 'after'): number {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    decoded = undefined;
  }
  if (Array.isArray(decoded) && decoded.length === 2 && decoded[0] === 'search' && Number.isSafeInteger(decoded[1]) && decoded[1] >= 0) {
    return decoded[1] as number;
  }
  throw BadUserInputError.of(field, 'is not a cursor this API issued for searchListings', CoreErrorReason.INVALID_CURSOR);
}

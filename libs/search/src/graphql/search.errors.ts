import { errorReasons } from '@chainmatch/core';

/** `extensions.reason` of the refusals of searchListings. */
export const SearchErrorReason = errorReasons('SearchErrorReason', 'Values of `extensions.reason` of refusals of searchListings.', {
  SEARCH_WINDOW_EXCEEDED: 'BAD_USER_INPUT: results page only so far; narrow the search.',
  NEAR_REQUIRED: 'BAD_USER_INPUT: sorting by DISTANCE needs input.near.',
});
export type SearchErrorReason = (typeof SearchErrorReason)[keyof typeof SearchErrorReason];

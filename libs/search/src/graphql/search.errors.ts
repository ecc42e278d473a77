import { registerEnumType } from '@nestjs/graphql';

/** `extensions.reason` of the refusals of searchListings. */
export enum SearchErrorReason {
  SEARCH_WINDOW_EXCEEDED = 'SEARCH_WINDOW_EXCEEDED',
  NEAR_REQUIRED = 'NEAR_REQUIRED',
}

registerEnumType(SearchErrorReason, {
  name: 'SearchErrorReason',
  description: 'Values of `extensions.reason` of refusals of searchListings.',
  valuesMap: {
    SEARCH_WINDOW_EXCEEDED: { description: 'BAD_USER_INPUT: results page only so far; narrow the search.' },
    NEAR_REQUIRED: { description: 'BAD_USER_INPUT: sorting by DISTANCE needs input.near.' },
  },
});

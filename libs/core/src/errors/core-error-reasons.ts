import { registerEnumType } from '@nestjs/graphql';

/**
 * `extensions.reason` of the refusals every lib shares. Each lib has its own enum for its own
 * refusals (ListingErrorReason …); all are in the schema, so clients can switch on them, and ESLint
 * refuses a reason written as a free string.
 */
export enum CoreErrorReason {
  NOT_ALLOWED = 'NOT_ALLOWED',
  SIGN_IN_REQUIRED = 'SIGN_IN_REQUIRED',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  INVALID_ID = 'INVALID_ID',
  INVALID_CURSOR = 'INVALID_CURSOR',
  PAGE_SIZE_OUT_OF_RANGE = 'PAGE_SIZE_OUT_OF_RANGE',
  STALE_VERSION = 'STALE_VERSION',
  LISTING_NOT_FOUND = 'LISTING_NOT_FOUND',
  ENTERPRISE_NOT_FOUND = 'ENTERPRISE_NOT_FOUND',
  INTEREST_NOT_FOUND = 'INTEREST_NOT_FOUND',
  MATCH_NOT_FOUND = 'MATCH_NOT_FOUND',
}

registerEnumType(CoreErrorReason, {
  name: 'CoreErrorReason',
  description: 'Values of `extensions.reason` common to the whole API.',
  valuesMap: {
    NOT_ALLOWED: { description: 'FORBIDDEN without a more precise reason.' },
    SIGN_IN_REQUIRED: { description: 'UNAUTHENTICATED: the operation needs a signed-in caller.' },
    TOO_MANY_REQUESTS: { description: 'RATE_LIMITED without a more precise reason; see `retryAfterSeconds`.' },
    INVALID_ID: { description: 'BAD_USER_INPUT: an id argument is not a UUID.' },
    INVALID_CURSOR: { description: 'BAD_USER_INPUT: `after` is not a cursor this API issued for this list.' },
    PAGE_SIZE_OUT_OF_RANGE: { description: 'BAD_USER_INPUT: `first` is negative or over the cap.' },
    STALE_VERSION: { description: 'CONFLICT: `expectedVersion` is not the current one (`expectedVersion`, `currentVersion`); reload and retry.' },
    LISTING_NOT_FOUND: { description: 'NOT_FOUND: no such listing.' },
    ENTERPRISE_NOT_FOUND: { description: 'NOT_FOUND: no such enterprise.' },
    INTEREST_NOT_FOUND: { description: 'NOT_FOUND: no such interest.' },
    MATCH_NOT_FOUND: { description: 'NOT_FOUND: no such match.' },
  },
});

import { registerEnumType } from '@nestjs/graphql';

/**
 * A lib's refusal reasons: each value with the sentence clients read in the schema. Returns the
 * values as constants (`Reasons.X === 'X'`) and registers them as the GraphQL enum `name`.
 */
export function errorReasons<const K extends string>(name: string, description: string, values: Record<K, string>): { readonly [P in K]: P } {
  const keys = Object.keys(values) as K[];
  const reasons = Object.fromEntries(keys.map((key) => [key, key])) as { [P in K]: P };
  const valuesMap = Object.fromEntries(keys.map((key) => [key, { description: values[key] }])) as Record<K, { description: string }>;
  registerEnumType(reasons, { name, description, valuesMap });
  return reasons;
}

/**
 * `extensions.reason` of the refusals every lib shares. Each lib has its own enum for its own
 * refusals (ListingErrorReason …); all are in the schema, so clients can switch on them, and ESLint
 * refuses a reason written as a free string.
 */
export const CoreErrorReason = errorReasons('CoreErrorReason', 'Values of `extensions.reason` common to the whole API.', {
  NOT_ALLOWED: 'FORBIDDEN without a more precise reason.',
  SIGN_IN_REQUIRED: 'UNAUTHENTICATED: the operation needs a signed-in caller.',
  TOO_MANY_REQUESTS: 'RATE_LIMITED without a more precise reason; see `retryAfterSeconds`.',
  INVALID_ID: 'BAD_USER_INPUT: an id argument is not a UUID.',
  INVALID_CURSOR: 'BAD_USER_INPUT: `after` is not a cursor this API issued for this list.',
  PAGE_SIZE_OUT_OF_RANGE: 'BAD_USER_INPUT: `first` is negative or over the cap.',
  STALE_VERSION: 'CONFLICT: `expectedVersion` is not the current one (`expectedVersion`, `currentVersion`); reload and retry.',
  LISTING_NOT_FOUND: 'NOT_FOUND: no such listing.',
  ENTERPRISE_NOT_FOUND: 'NOT_FOUND: no such enterprise.',
  INTEREST_NOT_FOUND: 'NOT_FOUND: no such interest.',
  MATCH_NOT_FOUND: 'NOT_FOUND: no such match.',
  LEXICON_GROUP_NOT_FOUND: 'NOT_FOUND: no such lexicon term group.',
  DEADLINE_EXCEEDED: 'REQUEST_TIMEOUT: the request ran past the server\'s deadline; its database work was cancelled, nothing was written — retry.',
  UNSAFE_TEXT: 'BAD_USER_INPUT: text holds a NUL character or a lone UTF-16 surrogate.',
  INVALID_DATE_TIME: 'BAD_USER_INPUT: not an RFC 3339 date-time with a time zone naming a real instant in years 0001–9999.',
  INVALID_PERSISTED_QUERY: 'BAD_USER_INPUT: `extensions.persistedQuery` is not { version: 1, sha256Hash } (HTTP 400).',
  TOO_MANY_FIELDS: 'QUERY_TOO_COMPLEX: the operation visits too many fields (fragments spread over and over) to be costed.',
  NOT_A_SUBSCRIPTION: 'BAD_REQUEST: only subscriptions are served over WebSocket; send queries and mutations over HTTP.',
  TOO_MANY_SUBSCRIPTIONS: 'BAD_REQUEST: the WebSocket connection holds `maxSubscriptions` subscriptions already; complete one first.',
  UNKNOWN_CHAIN: 'BAD_USER_INPUT: names an industrial chain the taxonomy does not hold (any input or filter).',
  UNKNOWN_SEGMENT: 'BAD_USER_INPUT: names a chain segment the taxonomy does not hold (any input or filter).',
  UNKNOWN_PROVINCE: 'BAD_USER_INPUT: names a province outside the region (any input or filter).',
  UNKNOWN_CITY: 'BAD_USER_INPUT: names a city outside the region (any input or filter).',
  UNKNOWN_COUNTY: 'BAD_USER_INPUT: names a county outside the region (any input or filter).',
  CLIENT_CLOSED: 'REQUEST_TIMEOUT: the client closed the connection; the request\'s database work was cancelled, nothing was written.',
});
export type CoreErrorReason = (typeof CoreErrorReason)[keyof typeof CoreErrorReason];

import { BadUserInputError, errorReasons, NotFoundError, staleVersion } from '@chainmatch/core';

/** `extensions.reason` of the refusals about listings. */
export const ListingErrorReason = errorReasons('ListingErrorReason', 'Values of `extensions.reason` of refusals about listings.', {
  UNKNOWN_SEGMENT: 'BAD_USER_INPUT: no such chain segment.',
  UNKNOWN_COUNTY: 'BAD_USER_INPUT: no such county in the region.',
  UNKNOWN_PROVINCE: 'BAD_USER_INPUT: not a province of the region.',
  INVERTED_PRICE_RANGE: 'BAD_USER_INPUT: minCny exceeds maxCny.',
  EMPTY_PRICE_RANGE: 'BAD_USER_INPUT: a price range names neither minCny nor maxCny.',
  UNKNOWN_UNIT: 'BAD_USER_INPUT: not a unit of the catalogue (the `units` query lists them).',
  MANDATORY_CERTIFICATIONS_ON_SUPPLY: 'BAD_USER_INPUT: only a DEMAND marks certifications as mandatory.',
  INVALID_VALIDITY_WINDOW: 'BAD_USER_INPUT: the window must end in the future, after it starts, within 365 days.',
  LISTING_CLOSED: 'CONFLICT: a CLOSED listing is final.',
  LISTING_EXPIRED: 'CONFLICT: the listing has EXPIRED; renew it first.',
  ILLEGAL_TRANSITION: 'CONFLICT: the listing\'s status does not allow this step (`status`, `action`).',
});
export type ListingErrorReason = (typeof ListingErrorReason)[keyof typeof ListingErrorReason];

export const listingNotFound = (id: string) => new NotFoundError('Listing', id);

export const staleListingVersion = (expectedVersion: number, currentVersion: number) => staleVersion('listing', expectedVersion, currentVersion);

export const unknownSegment = (field: string) => BadUserInputError.of(field, 'no such chain segment', ListingErrorReason.UNKNOWN_SEGMENT);
export const unknownCounty = (field: string) => BadUserInputError.of(field, 'no such county in the region', ListingErrorReason.UNKNOWN_COUNTY);
export const unknownProvince = (field: string) => BadUserInputError.of(field, 'not a province of the region', ListingErrorReason.UNKNOWN_PROVINCE);
export const invertedPriceRange = (field: string) =>
  BadUserInputError.of(field, 'minCny must not exceed maxCny', ListingErrorReason.INVERTED_PRICE_RANGE);
export const invalidValidity = (field: string, message: string) =>
  BadUserInputError.of(field, message, ListingErrorReason.INVALID_VALIDITY_WINDOW);
export const unknownUnit = (field: string) =>
  BadUserInputError.of(field, 'not a unit of the catalogue; use a code, name or alias from the `units` query', ListingErrorReason.UNKNOWN_UNIT);
export const openPriceRange = (field: string) => BadUserInputError.of(field, 'give minCny, maxCny or both', ListingErrorReason.EMPTY_PRICE_RANGE);
export const mandatoryCertificationsOfSupply = (field: string) =>
  BadUserInputError.of(field, 'only a DEMAND marks certifications as mandatory', ListingErrorReason.MANDATORY_CERTIFICATIONS_ON_SUPPLY);

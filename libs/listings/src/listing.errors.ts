import { BadUserInputError, ConflictError, NotFoundError } from '@chainmatch/core';

export const listingNotFound = (id: string) => new NotFoundError('Listing', id);

export const staleListingVersion = (expectedVersion: number, currentVersion: number) =>
  new ConflictError(
    `the listing changed since version ${expectedVersion} (now ${currentVersion}); reload it and retry`,
    'STALE_VERSION',
    { expectedVersion, currentVersion },
  );

export const unknownEnterprise = (field: string) => BadUserInputError.of(field, 'no such enterprise', 'UNKNOWN_ENTERPRISE');
export const unknownSegment = (field: string) => BadUserInputError.of(field, 'no such chain segment', 'UNKNOWN_SEGMENT');
export const unknownCounty = (field: string) => BadUserInputError.of(field, 'no such county in the region', 'UNKNOWN_COUNTY');
export const unknownProvince = (field: string) => BadUserInputError.of(field, 'not a province of the region', 'UNKNOWN_PROVINCE');
export const invertedPriceRange = (field: string) =>
  BadUserInputError.of(field, 'minCny must not exceed maxCny', 'INVERTED_PRICE_RANGE');
export const invalidValidity = (field: string, message: string) => BadUserInputError.of(field, message, 'INVALID_VALIDITY_WINDOW');
export const unknownUnit = (field: string) =>
  BadUserInputError.of(field, 'not a unit of the catalogue; use a code, name or alias from the `units` query', 'UNKNOWN_UNIT');
export const openPriceRange = (field: string) => BadUserInputError.of(field, 'give minCny, maxCny or both', 'EMPTY_PRICE_RANGE');
export const mandatoryCertificationsOfSupply = (field: string) =>
  BadUserInputError.of(field, 'only a DEMAND marks certifications as mandatory', 'MANDATORY_CERTIFICATIONS_ON_SUPPLY');

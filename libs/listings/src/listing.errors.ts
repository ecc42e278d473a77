import { BadUserInputError, NotFoundError, staleVersion } from '@chainmatch/core';
import { registerEnumType } from '@nestjs/graphql';

/** `extensions.reason` of the refusals about listings. */
export enum ListingErrorReason {
  UNKNOWN_SEGMENT = 'UNKNOWN_SEGMENT',
  UNKNOWN_COUNTY = 'UNKNOWN_COUNTY',
  UNKNOWN_PROVINCE = 'UNKNOWN_PROVINCE',
  INVERTED_PRICE_RANGE = 'INVERTED_PRICE_RANGE',
  INVALID_VALIDITY_WINDOW = 'INVALID_VALIDITY_WINDOW',
  LISTING_CLOSED = 'LISTING_CLOSED',
  LISTING_EXPIRED = 'LISTING_EXPIRED',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
}

registerEnumType(ListingErrorReason, {
  name: 'ListingErrorReason',
  description: 'Values of `extensions.reason` of refusals about listings.',
  valuesMap: {
    UNKNOWN_SEGMENT: { description: 'BAD_USER_INPUT: no such chain segment.' },
    UNKNOWN_COUNTY: { description: 'BAD_USER_INPUT: no such county in the region.' },
    UNKNOWN_PROVINCE: { description: 'BAD_USER_INPUT: not a province of the region.' },
    INVERTED_PRICE_RANGE: { description: 'BAD_USER_INPUT: minCny exceeds maxCny.' },
    INVALID_VALIDITY_WINDOW: { description: 'BAD_USER_INPUT: the window must end in the future, after it starts, within 365 days.' },
    LISTING_CLOSED: { description: 'CONFLICT: a CLOSED listing is final.' },
    LISTING_EXPIRED: { description: 'CONFLICT: the listing has EXPIRED; renew it first.' },
    ILLEGAL_TRANSITION: { description: 'CONFLICT: the listing\'s status does not allow this step (`status`, `action`).' },
  },
});

export const listingNotFound = (id: string) => new NotFoundError('Listing', id);

export const staleListingVersion = (expectedVersion: number, currentVersion: number) => staleVersion('listing', expectedVersion, currentVersion);

export const unknownSegment = (field: string) => BadUserInputError.of(field, 'no such chain segment', ListingErrorReason.UNKNOWN_SEGMENT);
export const unknownCounty = (field: string) => BadUserInputError.of(field, 'no such county in the region', ListingErrorReason.UNKNOWN_COUNTY);
export const unknownProvince = (field: string) => BadUserInputError.of(field, 'not a province of the region', ListingErrorReason.UNKNOWN_PROVINCE);
export const invertedPriceRange = (field: string) =>
  BadUserInputError.of(field, 'minCny must not exceed maxCny', ListingErrorReason.INVERTED_PRICE_RANGE);
export const invalidValidity = (field: string, message: string) =>
  BadUserInputError.of(field, message, ListingErrorReason.INVALID_VALIDITY_WINDOW);

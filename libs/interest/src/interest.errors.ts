import { ConflictError, ForbiddenError, NotFoundError, staleVersion } from '@chainmatch/core';
import { registerEnumType } from '@nestjs/graphql';

/** `extensions.reason` of the refusals about interest. */
export enum InterestErrorReason {
  NO_ENTERPRISE = 'NO_ENTERPRISE',
  OWN_LISTING = 'OWN_LISTING',
  LISTING_NOT_ACTIVE = 'LISTING_NOT_ACTIVE',
  INTEREST_ALREADY_PENDING = 'INTEREST_ALREADY_PENDING',
  NOT_INTEREST_OWNER = 'NOT_INTEREST_OWNER',
  NOT_INTEREST_SENDER = 'NOT_INTEREST_SENDER',
  INTEREST_EXPIRED = 'INTEREST_EXPIRED',
  INTEREST_ALREADY_SETTLED = 'INTEREST_ALREADY_SETTLED',
}

registerEnumType(InterestErrorReason, {
  name: 'InterestErrorReason',
  description: 'Values of `extensions.reason` of refusals about interest.',
  valuesMap: {
    NO_ENTERPRISE: { description: 'FORBIDDEN: only members of an enterprise express interest.' },
    OWN_LISTING: { description: 'FORBIDDEN: interest is for other enterprises\' listings.' },
    LISTING_NOT_ACTIVE: { description: 'CONFLICT: interest can be expressed only in an ACTIVE listing.' },
    INTEREST_ALREADY_PENDING: { description: 'CONFLICT: the enterprise already has pending interest in the listing.' },
    NOT_INTEREST_OWNER: { description: 'FORBIDDEN: only members of the listing\'s enterprise accept or decline it.' },
    NOT_INTEREST_SENDER: { description: 'FORBIDDEN: only members of the enterprise that sent it withdraw it.' },
    INTEREST_EXPIRED: { description: 'CONFLICT: the interest expired unanswered.' },
    INTEREST_ALREADY_SETTLED: { description: 'CONFLICT: the interest was already answered or withdrawn (`status`).' },
  },
});

export const interestNotFound = (id: string) => new NotFoundError('Interest', id);

export const noEnterprise = () => new ForbiddenError('only members of an enterprise express interest', InterestErrorReason.NO_ENTERPRISE);

export const ownListing = () =>
  new ForbiddenError('interest is for other enterprises\' listings, not your own', InterestErrorReason.OWN_LISTING);

export const listingNotActive = () =>
  new ConflictError('interest can be expressed only in an ACTIVE listing', InterestErrorReason.LISTING_NOT_ACTIVE);

export const alreadyPending = () =>
  new ConflictError('your enterprise already has pending interest in this listing; wait for the answer or withdraw it',
    InterestErrorReason.INTEREST_ALREADY_PENDING);

export const notTheOwner = () =>
  new ForbiddenError('only members of the listing\'s enterprise answer interest in it', InterestErrorReason.NOT_INTEREST_OWNER);

export const notTheSender = () =>
  new ForbiddenError('only members of the enterprise that sent the interest may withdraw it', InterestErrorReason.NOT_INTEREST_SENDER);

export const staleInterestVersion = (expectedVersion: number, currentVersion: number) => staleVersion('interest', expectedVersion, currentVersion);

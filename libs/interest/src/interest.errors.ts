import { ConflictError, errorReasons, ForbiddenError, NotFoundError, staleVersion } from '@chainmatch/core';

/** `extensions.reason` of the refusals about interest. */
export const InterestErrorReason = errorReasons('InterestErrorReason', 'Values of `extensions.reason` of refusals about interest.', {
  NO_ENTERPRISE: 'FORBIDDEN: only members of an enterprise express interest.',
  OWN_LISTING: 'FORBIDDEN: interest is for other enterprises\' listings.',
  LISTING_NOT_ACTIVE: 'CONFLICT: interest can be expressed only in an ACTIVE listing.',
  INTEREST_ALREADY_PENDING: 'CONFLICT: the enterprise already has pending interest in the listing.',
  NOT_INTEREST_OWNER: 'FORBIDDEN: only members of the listing\'s enterprise accept or decline it.',
  NOT_INTEREST_SENDER: 'FORBIDDEN: only members of the enterprise that sent it withdraw it.',
  INTEREST_EXPIRED: 'CONFLICT: the interest expired unanswered.',
  INTEREST_ALREADY_SETTLED: 'CONFLICT: the interest was already answered or withdrawn (`status`).',
});
export type InterestErrorReason = (typeof InterestErrorReason)[keyof typeof InterestErrorReason];

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

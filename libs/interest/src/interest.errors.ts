import { ConflictError, ForbiddenError, NotFoundError } from '@chainmatch/core';

export const interestNotFound = (id: string) => new NotFoundError('Interest', id);
export const listingNotFound = (id: string) => new NotFoundError('Listing', id);

export const ownListing = () =>
  new ForbiddenError('interest is for other enterprises\' listings, not your own', 'OWN_LISTING');

export const listingNotActive = () =>
  new ConflictError('interest can be expressed only in an ACTIVE listing', 'LISTING_NOT_ACTIVE');

export const alreadyPending = () =>
  new ConflictError('your enterprise already has pending interest in this listing; wait for the answer or withdraw it', 'INTEREST_ALREADY_PENDING');

export const notTheOwner = () =>
  new ForbiddenError('only members of the listing\'s enterprise answer interest in it', 'NOT_YOUR_INTEREST');

export const notTheSender = () =>
  new ForbiddenError('only members of the enterprise that sent the interest may withdraw it', 'NOT_YOUR_INTEREST');

export const staleInterestVersion = (expectedVersion: number, currentVersion: number) =>
  new ConflictError(
    `the interest changed since version ${expectedVersion} (now ${currentVersion}); reload it and retry`,
    'STALE_VERSION',
    { expectedVersion, currentVersion },
  );

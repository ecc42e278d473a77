import { AuthErrorReason, canSeePrivate, coverageCondition, isAdmin, isMemberOf, Role, type AuthUser, type CoverageColumns, type CoverageTarget, type SqlCondition } from '@chainmatch/auth';
import { ForbiddenError, UnauthenticatedError } from '@chainmatch/core';
import { isLive } from './listing-lifecycle.js';
import type { ListingEntity } from './listing.entity.js';

/** Where a listing lies for coverage: its province and its chain. */
export const listingCoverageTarget = (listing: Pick<ListingEntity, 'provinceAdcode' | 'chainId'>): CoverageTarget =>
  ({ provinceAdcodes: [listing.provinceAdcode], chainIds: [listing.chainId] });

/** The same in SQL, for a `listing` row under `alias`. */
export const listingCoverageColumns = (alias: string): CoverageColumns =>
  ({ provinces: [`${alias}.province_adcode`], chains: [`${alias}.chain_id`] });

/** What is private to a listing's side (its moderation note, its suggestions): its enterprise's members, covering staff, admins. */
export const canSeeListingPrivately = (user: AuthUser | undefined, listing: ListingEntity) =>
  canSeePrivate(user, listing.enterpriseId, listingCoverageTarget(listing));

/**
 * The listing-visibility rule: anyone may read a live listing (ACTIVE, in its window); one in any
 * other state only those who see it privately. Every path that returns a listing applies it — by id,
 * in lists (`listingsVisibleTo`), and nested in matches, interest and suggestions (ListingLoader.view).
 */
export const canSeeListing = (user: AuthUser | undefined, listing: ListingEntity) =>
  isLive(listing) || canSeeListingPrivately(user, listing);

/**
 * The same rule for a list under `alias`: live listings only, unless the caller may see the others it
 * asks for — admins all, members their own enterprise's (named in the filter), staff those their
 * coverage holds. Asking for what one may not see is refused rather than silently emptied.
 */
export function listingsVisibleTo(user: AuthUser | undefined, ask: { onlyLive: boolean; enterpriseId?: string }, alias: string): SqlCondition | null {
  if (ask.onlyLive || isAdmin(user)) return null;
  if (!user) throw new UnauthenticatedError('sign in to list listings that are not ACTIVE');
  if (ask.enterpriseId && isMemberOf(user, ask.enterpriseId)) return null;
  if (user.role === Role.ALLIANCE_STAFF && user.coverage) return coverageCondition(user.coverage, listingCoverageColumns(alias));
  throw new ForbiddenError('members list unpublished listings of their own enterprise only (set filter.enterpriseId)', AuthErrorReason.NOT_YOUR_ENTERPRISE);
}

import { isAdmin, isMemberOf, Role, type AuthUser } from '@chainmatch/auth';
import { ForbiddenError, UnauthenticatedError } from '@chainmatch/core';
import { EnterpriseErrorReason } from './enterprise.errors.js';

const REASON = EnterpriseErrorReason.REVIEW_FLAGS_FOR_STAFF;

/**
 * Review flags (`needsReview`, `reviewReasons`) are staff information: alliance staff (whose work
 * is reviewing) and admins see them on every enterprise, members on their own; others get null.
 */
export function canSeeReviewFlags(user: AuthUser | undefined, enterpriseId: string): boolean {
  return isAdmin(user) || user?.role === Role.ALLIANCE_STAFF || isMemberOf(user, enterpriseId);
}

/** Filtering by the flags would reveal them about every enterprise listed: staff and admins only. */
export function assertMayFilterByReview(user: AuthUser | undefined): void {
  if (isAdmin(user) || user?.role === Role.ALLIANCE_STAFF) return;
  if (!user) throw new UnauthenticatedError('sign in as alliance staff to filter by review flags', REASON);
  throw new ForbiddenError('only alliance staff and admins filter by review flags', REASON);
}

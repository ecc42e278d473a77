import { ForbiddenError } from '@chainmatch/core';
import { Role, type AuthUser } from '../role.js';
import { covers, type CoverageTarget } from './coverage.policy.js';
import { AuthErrorReason } from '../auth.errors.js';

export const isAdmin = (user: AuthUser | undefined) => user?.role === Role.ADMIN;

export const isMemberOf = (user: AuthUser | undefined, enterpriseId: string) =>
  user?.role === Role.ENTERPRISE_MEMBER && user.enterpriseId === enterpriseId;

export const isStaffCovering = (user: AuthUser | undefined, target: CoverageTarget) =>
  user?.role === Role.ALLIANCE_STAFF && covers(user.coverage, target);

/** Members act for their own enterprise only; admins for any. */
export function assertActsForEnterprise(user: AuthUser, enterpriseId: string): void {
  if (!isAdmin(user) && !isMemberOf(user, enterpriseId)) {
    throw new ForbiddenError('you may act only for your own enterprise', AuthErrorReason.NOT_YOUR_ENTERPRISE);
  }
}

/** Who curates, moderates and verifies what lies at `target`: staff covering it, and admins everywhere. */
export const curates = (user: AuthUser | undefined, target: CoverageTarget) => isAdmin(user) || isStaffCovering(user, target);

/** Staff act inside their alliance's chains and provinces only; admins everywhere. */
export function assertCovers(user: AuthUser, target: CoverageTarget): void {
  if (!curates(user, target)) {
    throw new ForbiddenError('this lies outside your alliance\'s chains and provinces', AuthErrorReason.OUTSIDE_COVERAGE);
  }
}

/** Private data of an enterprise (contacts, unpublished listings): its members, covering staff, admins. */
export function canSeePrivate(user: AuthUser | undefined, enterpriseId: string, target: CoverageTarget): boolean {
  return curates(user, target) || isMemberOf(user, enterpriseId);
}

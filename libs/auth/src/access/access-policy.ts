import { ForbiddenError } from '@chainmatch/core';
import { Role, type AuthUser } from '../role.js';
import { coverageCondition, covers, type CoverageColumns, type CoverageTarget, type SqlCondition } from './coverage.policy.js';
import { AuthErrorReason } from '../auth.errors.js';

export const isAdmin = (user: AuthUser | undefined) => user?.role === Role.ADMIN;

export const isMemberOf = (user: AuthUser | undefined, enterpriseId: string) =>
  user?.role === Role.ENTERPRISE_MEMBER && user.enterpriseId === enterpriseId;

export const isStaffCovering = (user: AuthUser | undefined, target: CoverageTarget) =>
  user?.role === Role.ALLIANCE_STAFF && covers(user.coverage, target);

/** Members act for their own enterprise only; admins for any. */
export const actsForEnterprise = (user: AuthUser | undefined, enterpriseId: string) => isAdmin(user) || isMemberOf(user, enterpriseId);

export function assertActsForEnterprise(user: AuthUser, enterpriseId: string): void {
  if (!actsForEnterprise(user, enterpriseId)) {
    throw new ForbiddenError('you may act only for your own enterprise', AuthErrorReason.NOT_YOUR_ENTERPRISE);
  }
}

/** Who curates, moderates and verifies what lies at `target`: staff covering it, and admins everywhere. */
export const curates = (user: AuthUser | undefined, target: CoverageTarget) => isAdmin(user) || isStaffCovering(user, target);

/** `curates` in SQL, over the row whose places `columns` name: every row for admins, staff's coverage, nothing for anyone else. */
export function curatesCondition(user: AuthUser | undefined, columns: CoverageColumns): SqlCondition {
  if (isAdmin(user)) return { where: 'true', params: {} };
  return coverageCondition(user?.role === Role.ALLIANCE_STAFF ? user.coverage : null, columns);
}

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

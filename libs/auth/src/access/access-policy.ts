import { ForbiddenError } from '@chainmatch/core';
import { Role, type AuthUser, type Coverage } from '../role.js';

/** Where a resource lies, for coverage checks: its province and the chains it belongs to. */
export interface CoverageTarget {
  provinceAdcode: string;
  chainIds: string[];
}

export function covers(coverage: Coverage | null, target: CoverageTarget): boolean {
  return coverage !== null && coverage.provinceAdcodes.includes(target.provinceAdcode)
    && target.chainIds.some((chainId) => coverage.chainIds.includes(chainId));
}

export const isAdmin = (user: AuthUser | undefined) => user?.role === Role.ADMIN;

export const isMemberOf = (user: AuthUser | undefined, enterpriseId: string) =>
  user?.role === Role.ENTERPRISE_MEMBER && user.enterpriseId === enterpriseId;

export const isStaffCovering = (user: AuthUser | undefined, target: CoverageTarget) =>
  user?.role === Role.ALLIANCE_STAFF && covers(user.coverage, target);

/** Members act for their own enterprise only; admins for any. */
export const actsForEnterprise = (user: AuthUser | undefined, enterpriseId: string) => isAdmin(user) || isMemberOf(user, enterpriseId);

export function assertActsForEnterprise(user: AuthUser, enterpriseId: string): void {
  if (!actsForEnterprise(user, enterpriseId)) {
    throw new ForbiddenError('you may act only for your own enterprise', 'NOT_YOUR_ENTERPRISE');
  }
}

/** Staff act inside their alliance's chains and provinces only; admins everywhere. */
export function assertCovers(user: AuthUser, target: CoverageTarget): void {
  if (!isAdmin(user) && !isStaffCovering(user, target)) {
    throw new ForbiddenError('this lies outside your alliance\'s chains and provinces', 'OUTSIDE_COVERAGE');
  }
}

/** Private data of an enterprise (contacts, unpublished listings): its members, covering staff, admins. */
export function canSeePrivate(user: AuthUser | undefined, enterpriseId: string, target: CoverageTarget): boolean {
  return isAdmin(user) || isMemberOf(user, enterpriseId) || isStaffCovering(user, target);
}

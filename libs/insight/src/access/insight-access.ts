import { assertCovers, covers, isAdmin, isMemberOf, Role, type AuthUser } from '@chainmatch/auth';
import { ForbiddenError } from '@chainmatch/core';

/**
 * The one place libs/insight applies staff coverage (an alliance's chains × provinces). Aggregates
 * are public; the listings behind them are for staff covering them and admins. Built on the access
 * policy in libs/auth; when coverage gets its single home there, this file is the one to switch.
 */

/** A chain in an area: a province, or the whole region when `provinceAdcode` is null. */
export interface ChainArea {
  chainId: string;
  provinceAdcode: string | null;
}

const isStaff = (user: AuthUser | undefined): user is AuthUser => user?.role === Role.ALLIANCE_STAFF;

/** Staff covering the chain in the province (for the region: in any province), and admins. */
export function coversChainArea(user: AuthUser | undefined, area: ChainArea): boolean {
  if (isAdmin(user)) return true;
  if (!isStaff(user) || !user.coverage) return false;
  const provinces = area.provinceAdcode ? [area.provinceAdcode] : user.coverage.provinceAdcodes;
  return provinces.some((provinceAdcode) => covers(user.coverage, { provinceAdcode, chainIds: [area.chainId] }));
}

/** Drill-downs to listings: refused outside coverage. */
export function assertMayDrillInto(user: AuthUser | undefined, area: ChainArea): void {
  if (!coversChainArea(user, area)) {
    throw new ForbiddenError('the listings behind these figures are for alliance staff covering them and admins', 'OUTSIDE_COVERAGE');
  }
}

/** A leader's open needs: its own members too. */
export function assertMaySeeLeaderNeeds(user: AuthUser | undefined, leader: { enterpriseId: string; chainId: string; provinceAdcode: string }): void {
  if (isMemberOf(user, leader.enterpriseId)) return;
  assertMayDrillInto(user, leader);
}

/** Marking a chain leader: staff covering the enterprise's province and the chain, and admins. */
export function assertMayMarkLeader(user: AuthUser, leader: { chainId: string; provinceAdcode: string }): void {
  assertCovers(user, { provinceAdcode: leader.provinceAdcode, chainIds: [leader.chainId] });
}

/**
 * SQL condition keeping rows inside the caller's coverage (true for admins), with its parameters:
 * staff see listings of their chains in their provinces.
 */
export function coverageCondition(user: AuthUser | undefined, columns: { chain: string; province: string }): { sql: string; params: Record<string, string[]> } {
  if (isAdmin(user)) return { sql: 'true', params: {} };
  if (!isStaff(user) || !user.coverage?.chainIds.length || !user.coverage.provinceAdcodes.length) return { sql: 'false', params: {} };
  return {
    sql: `${columns.chain} IN (:...coveredChains) AND ${columns.province} IN (:...coveredProvinces)`,
    params: { coveredChains: user.coverage.chainIds, coveredProvinces: user.coverage.provinceAdcodes },
  };
}

/** The chains an alliance's staff see first in every insight list (none for others). */
export const chainsSeenFirst = (user: AuthUser | undefined): string[] => (isStaff(user) ? user.coverage?.chainIds ?? [] : []);

import { assertCovers, AuthErrorReason, canSeePrivate, curates, curatesCondition, Role, type AuthUser, type CoverageTarget, type SqlCondition } from '@chainmatch/auth';
import { ForbiddenError } from '@chainmatch/core';
import { listingCoverageColumns } from '@chainmatch/listings';
import { REGION_PROVINCE_ADCODES } from '../compute/insight-areas.js';

/**
 * Where libs/insight meets staff coverage. Aggregates are public; the listings behind them are for
 * those who curate them. The rule itself is libs/auth's (`curates`, `curatesCondition`); this file
 * only says where an insight figure lies.
 */

/** A chain in an area: a province, or the whole region when `provinceAdcode` is null. */
export interface ChainArea {
  chainId: string;
  provinceAdcode: string | null;
}

/** Where a figure of a chain in an area lies for coverage: the whole region lies in each of its provinces. */
const chainAreaTarget = (area: ChainArea): CoverageTarget =>
  ({ provinceAdcodes: area.provinceAdcode === null ? REGION_PROVINCE_ADCODES : [area.provinceAdcode], chainIds: [area.chainId] });

/** Who curates the chain in the area (for the region: in any of its provinces): covering staff, and admins. */
export const coversChainArea = (user: AuthUser | undefined, area: ChainArea): boolean => curates(user, chainAreaTarget(area));

/** Drill-downs to listings: refused outside coverage. */
export function assertMayDrillInto(user: AuthUser | undefined, area: ChainArea): void {
  if (!coversChainArea(user, area)) {
    throw new ForbiddenError('the listings behind these figures are for alliance staff covering them and admins', AuthErrorReason.OUTSIDE_COVERAGE);
  }
}

/** A leader's open needs are private to its enterprise: its own members, staff covering it in the chain, and admins. */
export function assertMaySeeLeaderNeeds(user: AuthUser | undefined, leader: { enterpriseId: string; chainId: string; provinceAdcode: string }): void {
  if (canSeePrivate(user, leader.enterpriseId, chainAreaTarget(leader))) return;
  throw new ForbiddenError('a chain leader\'s open needs are for its members, alliance staff covering it and admins', AuthErrorReason.OUTSIDE_COVERAGE);
}

/** Marking a chain leader: staff covering the enterprise's province and the chain, and admins. */
export function assertMayMarkLeader(user: AuthUser, leader: { chainId: string; provinceAdcode: string }): void {
  assertCovers(user, chainAreaTarget(leader));
}

/** Listings under `alias` that the caller curates (every one for admins): drill-downs without an enterprise show no others. */
export const drillDownCondition = (user: AuthUser | undefined, alias: string): SqlCondition => curatesCondition(user, listingCoverageColumns(alias));

/** The chains an alliance's staff see first in every insight list (none for others). */
export const chainsSeenFirst = (user: AuthUser | undefined): string[] => (user?.role === Role.ALLIANCE_STAFF ? user.coverage?.chainIds ?? [] : []);

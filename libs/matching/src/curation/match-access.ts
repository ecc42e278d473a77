import { covers, isAdmin, isMemberOf, Role, type AuthUser, type Coverage } from '@chainmatch/auth';
import { ForbiddenError } from '@chainmatch/core';
import type { MatchEntity } from '../match.entity.js';

/** The facts of a match that decide who may see and curate it. */
export type MatchPlace = Pick<MatchEntity, 'chainId' | 'demandProvinceAdcode' | 'supplyProvinceAdcode'>;
export type MatchParties = Pick<MatchEntity, 'demandEnterpriseId' | 'supplyEnterpriseId'>;

/**
 * An alliance covers a match when it covers the match's chain and the province of either side: a
 * cross-province match is curated by the alliances of both provinces (each can introduce its own
 * enterprise's counterpart), never by one covering neither.
 */
export function coversMatch(coverage: Coverage | null, match: MatchPlace): boolean {
  return [match.demandProvinceAdcode, match.supplyProvinceAdcode]
    .some((provinceAdcode) => covers(coverage, { provinceAdcode, chainIds: [match.chainId] }));
}

export const isStaffCoveringMatch = (user: AuthUser | undefined, match: MatchPlace) =>
  user?.role === Role.ALLIANCE_STAFF && coversMatch(user.coverage, match);

/** Curation is for staff covering the match and admins. */
export function assertCuratesMatch(user: AuthUser, match: MatchPlace): void {
  if (!isAdmin(user) && !isStaffCoveringMatch(user, match)) {
    throw new ForbiddenError('this match lies outside your alliance\'s chains and provinces', 'OUTSIDE_COVERAGE');
  }
}

/** A match is seen by its curators and by members of either of its two enterprises. */
export function canSeeMatch(user: AuthUser | undefined, match: MatchPlace & MatchParties): boolean {
  return isAdmin(user) || isStaffCoveringMatch(user, match)
    || isMemberOf(user, match.demandEnterpriseId) || isMemberOf(user, match.supplyEnterpriseId);
}

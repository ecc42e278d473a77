import { AuthErrorReason, curates, isMemberOf, type AuthUser, type CoverageColumns, type CoverageTarget } from '@chainmatch/auth';
import { ForbiddenError } from '@chainmatch/core';
import type { MatchEntity } from '../match.entity.js';

/** The facts of a match that decide who may see and curate it. */
export type MatchPlace = Pick<MatchEntity, 'chainId' | 'demandProvinceAdcode' | 'supplyProvinceAdcode'>;
export type MatchParties = Pick<MatchEntity, 'demandEnterpriseId' | 'supplyEnterpriseId'>;

/**
 * Where a match lies for coverage: its chain and the provinces of both sides, so a cross-province
 * match is curated by the alliances of both provinces (each can introduce its own enterprise's
 * counterpart), never by one covering neither.
 */
export const matchCoverageTarget = (match: MatchPlace): CoverageTarget =>
  ({ provinceAdcodes: [match.demandProvinceAdcode, match.supplyProvinceAdcode], chainIds: [match.chainId] });

/** The same for a `match` row under `alias`. */
export const matchCoverageColumns = (alias: string): CoverageColumns =>
  ({ provinces: [`${alias}.demand_province_adcode`, `${alias}.supply_province_adcode`], chains: [`${alias}.chain_id`] });

/** Curators of a match: admins, and staff whose alliance covers it. */
export const curatesMatch = (user: AuthUser | undefined, match: MatchPlace) => curates(user, matchCoverageTarget(match));

/** Curation is for staff covering the match and admins. */
export function assertCuratesMatch(user: AuthUser, match: MatchPlace): void {
  if (!curatesMatch(user, match)) {
    throw new ForbiddenError('this match lies outside your alliance\'s chains and provinces', AuthErrorReason.OUTSIDE_COVERAGE);
  }
}

/** The parties of a match: members of either of its two enterprises. */
export const isMatchParty = (user: AuthUser | undefined, match: MatchParties) =>
  isMemberOf(user, match.demandEnterpriseId) || isMemberOf(user, match.supplyEnterpriseId);

/** A match is seen by its curators and by its parties. */
export function canSeeMatch(user: AuthUser | undefined, match: MatchPlace & MatchParties): boolean {
  return curatesMatch(user, match) || isMatchParty(user, match);
}

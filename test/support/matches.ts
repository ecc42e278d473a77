import type { Member } from './accounts.js';
import { createListing, listingInput } from './factories.js';
import type { TestApi } from './test-api.js';

/**
 * Settings for an API whose matches are the test's own: the in-process match worker would rescore,
 * retire (their listings are drafts) or add matches while the test curates them.
 */
export const WITHOUT_MATCH_WORKER = { MATCH_WORKER_IN_PROCESS: 'false' } as const;

export interface MatchOptions {
  /** Segment of both listings (the match's chain follows it); `ic.packaging` unless given. */
  segmentId?: string;
  /** Where each listing lies; the enterprise's county unless given. */
  demandCountyAdcode?: string;
  supplyCountyAdcode?: string;
  score?: number;
  status?: string;
  /** How long ago the match was made. */
  ageDays?: number;
}

export interface SeededMatch {
  id: string;
  version: number;
  score: number;
  demandListingId: string;
  supplyListingId: string;
}

/**
 * A DEMAND listing of `buyer` and a SUPPLY listing of `seller` (over the API, as members would post
 * them) and a match between them inserted with SQL, as the matcher would store it — without a
 * timeline row, so a test sees exactly the steps it takes.
 */
export async function createMatch(api: TestApi, buyer: Member, seller: Member, options: MatchOptions = {}): Promise<SeededMatch> {
  const segmentId = options.segmentId ?? 'ic.packaging';
  const place = (countyAdcode?: string) => (countyAdcode ? { countyAdcode } : {});
  const demand = await createListing(buyer.graphql, listingInput(buyer.enterpriseId, {
    kind: 'DEMAND', title: '采购QFN封装测试服务', segmentId, ...place(options.demandCountyAdcode),
  }));
  const supply = await createListing(seller.graphql, listingInput(seller.enterpriseId, { segmentId, ...place(options.supplyCountyAdcode) }));
  const score = options.score ?? 0.5;
  const [row] = await api.sql<{ id: string; version: number }>(
    `INSERT INTO match (demand_listing_id, supply_listing_id, demand_enterprise_id, supply_enterprise_id, chain_id, segment_id,
       demand_province_adcode, supply_province_adcode, score, explanation, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, '[]', $10, now() - make_interval(days => $11)) RETURNING id, version`,
    [demand.id, supply.id, buyer.enterpriseId, seller.enterpriseId, demand.chain.id, demand.segment.id,
      demand.province.adcode, supply.province.adcode, score, options.status ?? 'SUGGESTED', options.ageDays ?? 0],
  );
  return { id: row.id, version: row.version, score, demandListingId: demand.id, supplyListingId: supply.id };
}

/** The match's row and timeline, so a refusal can be shown to have written nothing. */
export async function matchState(api: TestApi, id: string): Promise<unknown> {
  const [match] = await api.sql(`SELECT m::text AS row FROM match m WHERE id = $1`, [id]);
  const events = await api.sql(`SELECT count(*)::int AS n FROM match_event WHERE match_id = $1`, [id]);
  const grants = await api.sql(`SELECT count(*)::int AS n FROM contact_grant WHERE source_id = $1`, [id]);
  return { match: match?.row, events: events[0].n, grants: grants[0].n };
}

import { listingWasLiveSql } from '@chainmatch/listings';
import type { EntityManager } from 'typeorm';
import type { ClusterFigures } from '../clusters/cluster-classification.js';

export type ClusterFiguresRow = ClusterFigures & { chainId: string; cityAdcode: string; provinceAdcode: string } & {
  upstreamListings: number;
  midstreamListings: number;
  downstreamListings: number;
};

/**
 * Per chain × city: enterprises working in the chain (by the stage of their segments; an enterprise
 * in two stages counts once in the total) and live listings by stage, now and a period ago, with
 * the city's, the chain's and the region's enterprise counts the location quotient needs.
 */
export function clusterFigures(manager: EntityManager, periodDays: number): Promise<ClusterFiguresRow[]> {
  return manager.query(`
    WITH firms AS (
      SELECT s.chain_id, e.city_adcode, e.province_adcode, count(DISTINCT e.id)::int AS enterprises,
        (count(DISTINCT e.id) FILTER (WHERE s.stage = 'UPSTREAM'))::int AS up,
        (count(DISTINCT e.id) FILTER (WHERE s.stage = 'MIDSTREAM'))::int AS mid,
        (count(DISTINCT e.id) FILTER (WHERE s.stage = 'DOWNSTREAM'))::int AS down
      FROM enterprise e JOIN enterprise_segment es ON es.enterprise_id = e.id JOIN segment s ON s.id = es.segment_id
      GROUP BY 1, 2, 3),
    listings AS (
      SELECT l.chain_id, l.city_adcode,
        (count(*) FILTER (WHERE l.live))::int AS live,
        (count(*) FILTER (WHERE l.live AND s.stage = 'UPSTREAM'))::int AS up,
        (count(*) FILTER (WHERE l.live AND s.stage = 'MIDSTREAM'))::int AS mid,
        (count(*) FILTER (WHERE l.live AND s.stage = 'DOWNSTREAM'))::int AS down,
        (count(*) FILTER (WHERE ${listingWasLiveSql('l', 'now() - make_interval(days => $1)')}))::int AS ago
      FROM insight_listing l JOIN segment s ON s.id = l.segment_id
      WHERE l.published_at IS NOT NULL AND l.valid_until > now() - make_interval(days => $1)
      GROUP BY 1, 2),
    city_totals AS (SELECT city_adcode, count(*)::int AS n FROM enterprise GROUP BY 1),
    chain_totals AS (
      SELECT s.chain_id, count(DISTINCT es.enterprise_id)::int AS n
      FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id GROUP BY 1)
    SELECT f.chain_id AS "chainId", f.city_adcode AS "cityAdcode", f.province_adcode AS "provinceAdcode",
      f.enterprises, f.up AS "upstreamEnterprises", f.mid AS "midstreamEnterprises", f.down AS "downstreamEnterprises",
      coalesce(l.live, 0) AS "liveListings", coalesce(l.up, 0) AS "upstreamListings", coalesce(l.mid, 0) AS "midstreamListings",
      coalesce(l.down, 0) AS "downstreamListings", coalesce(l.ago, 0) AS "liveListingsPeriodAgo",
      ct.n AS "cityEnterprises", ch.n AS "chainRegionEnterprises", (SELECT count(*)::int FROM enterprise) AS "regionEnterprises"
    FROM firms f JOIN city_totals ct USING (city_adcode) JOIN chain_totals ch USING (chain_id)
    LEFT JOIN listings l ON l.chain_id = f.chain_id AND l.city_adcode = f.city_adcode`, [periodDays]);
}

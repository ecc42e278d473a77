import type { EntityManager } from 'typeorm';
import { eachArea } from './insight-areas.js';
import { introduced, offered } from './match-offers.js';

const OFFERED = offered('m', 's.live');

export interface SupplyAreaRow {
  segment_id: string;
  area: string;
  supply_listings: number;
  suppliers: number;
  hhi: number | null;
  lapsing_supply_listings: number;
  supply_listings_after_lapse: number;
  suppliers_after_lapse: number;
  hhi_after_lapse: number | null;
  top_city_adcode: string | null;
  top_city_share: number | null;
  top_city_share_after_lapse: number | null;
}

export interface DemandAreaRow {
  segment_id: string;
  area: string;
  demand_listings: number;
  buyers: number;
  new_demand: number;
  previous_demand: number;
  local_supply_rate: number | null;
  median_days_to_suggestion: number | null;
}

/**
 * Live supply per segment × city × enterprise, with what of it lapses within the lapse window (from
 * the listing projection); everything after works on this much smaller table.
 */
export async function collectLiveSupply(manager: EntityManager): Promise<void> {
  await manager.query(`CREATE TEMP TABLE insight_supply ON COMMIT DROP AS
    SELECT l.segment_id, l.province_adcode, l.city_adcode, l.enterprise_id,
      count(*)::int AS listings, (count(*) FILTER (WHERE l.lapsing))::int AS lapsing,
      sum(l.share_weight) AS weight, coalesce(sum(l.share_weight) FILTER (WHERE NOT l.lapsing), 0) AS kept_weight
    FROM insight_listing l WHERE l.kind = 'SUPPLY' AND l.live
    GROUP BY 1, 2, 3, 4`);
}

/**
 * Each live demand listing with what the matching did for it: whether a supplier in its province /
 * anywhere in the region is on offer, whether one was introduced (or ordered from; the supplier's
 * listing may have closed since), and when the first was suggested.
 */
export async function collectLiveDemand(manager: EntityManager): Promise<void> {
  await manager.query(`CREATE TEMP TABLE insight_demand ON COMMIT DROP AS
    SELECT l.id, l.enterprise_id, l.segment_id, l.chain_id, l.province_adcode, l.published_at,
      coalesce(bool_or(${OFFERED} AND m.supply_province_adcode = l.province_adcode), false) AS offered_in_province,
      coalesce(bool_or(${OFFERED}), false) AS offered_in_region,
      coalesce(bool_or(${introduced('m')}), false) AS introduced,
      min(m.created_at) FILTER (WHERE m.supply_province_adcode = l.province_adcode) AS first_in_province,
      min(m.created_at) AS first_in_region
    FROM insight_listing l LEFT JOIN (match m JOIN insight_listing s ON s.id = m.supply_listing_id) ON m.demand_listing_id = l.id
    WHERE l.kind = 'DEMAND' AND l.live
    GROUP BY l.id, l.enterprise_id, l.segment_id, l.chain_id, l.province_adcode, l.published_at`);
  await manager.query(`ANALYZE insight_demand`);
}

/** Supply figures per segment × area: listings, suppliers, HHI and the top city, now and once lapsing supply is gone. */
export function supplyByArea(manager: EntityManager): Promise<SupplyAreaRow[]> {
  return manager.query(`
    WITH per_enterprise AS (
      SELECT s.segment_id, areas.area, s.enterprise_id, sum(s.listings) AS listings, sum(s.listings - s.lapsing) AS kept,
        sum(s.weight) AS weight, sum(s.kept_weight) AS kept_weight
      FROM insight_supply s ${eachArea('s.province_adcode')} GROUP BY 1, 2, 3),
    per_city AS (
      SELECT s.segment_id, areas.area, s.city_adcode, sum(s.weight) AS weight, sum(s.kept_weight) AS kept_weight
      FROM insight_supply s ${eachArea('s.province_adcode')} GROUP BY 1, 2, 3),
    cities AS (
      SELECT segment_id, area, (array_agg(city_adcode ORDER BY weight DESC, city_adcode))[1] AS top_city_adcode,
        max(weight) / sum(weight) AS top_city_share, max(kept_weight) / nullif(sum(kept_weight), 0) AS top_city_share_after_lapse
      FROM per_city GROUP BY 1, 2)
    SELECT e.segment_id, e.area, sum(e.listings)::int AS supply_listings, count(*)::int AS suppliers,
      sum(e.weight * e.weight) / (sum(e.weight) ^ 2) AS hhi,
      sum(e.listings - e.kept)::int AS lapsing_supply_listings, sum(e.kept)::int AS supply_listings_after_lapse,
      (count(*) FILTER (WHERE e.kept > 0))::int AS suppliers_after_lapse,
      sum(e.kept_weight * e.kept_weight) / nullif(sum(e.kept_weight) ^ 2, 0) AS hhi_after_lapse,
      c.top_city_adcode, c.top_city_share, c.top_city_share_after_lapse
    FROM per_enterprise e JOIN cities c USING (segment_id, area)
    GROUP BY e.segment_id, e.area, c.top_city_adcode, c.top_city_share, c.top_city_share_after_lapse`);
}

/**
 * Demand figures per segment × area: live demand and buyers, the share of it with a supplier of the
 * area on offer (local supply rate), the median days from publication to the first such suggestion,
 * and new demand this period against the period before (any status: demand that came and went counts).
 */
export function demandByArea(manager: EntityManager, periodDays: number): Promise<DemandAreaRow[]> {
  return manager.query(`
    WITH demand AS MATERIALIZED (
      SELECT d.segment_id, areas.area, d.enterprise_id, areas.offered, areas.first_at, d.published_at
      FROM insight_demand d ${eachArea('d.province_adcode', [
        { name: 'offered', inProvince: 'd.offered_in_province', inRegion: 'd.offered_in_region' },
        { name: 'first_at', inProvince: 'd.first_in_province', inRegion: 'd.first_in_region' }])}),
    reach AS (
      SELECT segment_id, area, count(*)::int AS demand_listings, avg(offered::int)::float8 AS local_supply_rate FROM demand GROUP BY 1, 2),
    buyers AS (SELECT segment_id, area, count(*)::int AS buyers FROM (SELECT DISTINCT segment_id, area, enterprise_id FROM demand) b GROUP BY 1, 2),
    waits AS (
      SELECT segment_id, area, percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, extract(epoch FROM first_at - published_at) / 86400)) AS median_days_to_suggestion
      FROM demand WHERE first_at IS NOT NULL GROUP BY 1, 2),
    arrivals AS (
      SELECT l.segment_id, areas.area,
        (count(*) FILTER (WHERE l.published_at > now() - make_interval(days => $1)))::int AS new_demand,
        (count(*) FILTER (WHERE l.published_at <= now() - make_interval(days => $1)))::int AS previous_demand
      FROM insight_listing l ${eachArea('l.province_adcode')}
      WHERE l.kind = 'DEMAND' AND l.published_at > now() - make_interval(days => 2 * $1) AND l.published_at <= now()
      GROUP BY 1, 2)
    SELECT coalesce(r.segment_id, a.segment_id) AS segment_id, coalesce(r.area, a.area) AS area,
      coalesce(r.demand_listings, 0) AS demand_listings, coalesce(b.buyers, 0) AS buyers,
      coalesce(a.new_demand, 0) AS new_demand, coalesce(a.previous_demand, 0) AS previous_demand,
      r.local_supply_rate, w.median_days_to_suggestion
    FROM reach r JOIN buyers b USING (segment_id, area) LEFT JOIN waits w USING (segment_id, area)
      FULL JOIN arrivals a USING (segment_id, area)`, [periodDays]);
}

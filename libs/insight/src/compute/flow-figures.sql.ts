import type { EntityManager } from 'typeorm';
import { EVER_INTRODUCED } from './match-offers.js';

/** Months are the reader's: the region's calendar, not UTC's. */
export const FLOW_TIME_ZONE = 'Asia/Shanghai';

/**
 * Writes the snapshot's flows: per chain × month × supplying city × buying city, the matches
 * introduced that month (every match staff introduced, whatever came of it) and those concluded
 * with an order that month, with the order amounts. The month of each comes from the match's
 * timeline; a match without that step in its timeline counts at its last change. Places are the
 * listings' (city and province together).
 */
export async function writeFlows(manager: EntityManager, snapshotId: string): Promise<void> {
  await manager.query(`
    INSERT INTO insight_flow (snapshot_id, chain_id, month, supply_province_adcode, supply_city_adcode,
      demand_province_adcode, demand_city_adcode, introduced, concluded, order_amount_cny)
    WITH steps AS (
      SELECT e.match_id, min(e.at) FILTER (WHERE e.to_status = 'INTRODUCED') AS introduced_at,
        min(e.at) FILTER (WHERE e.to_status = 'ORDER_PLACED') AS ordered_at
      FROM match_event e WHERE e.to_status IN ('INTRODUCED', 'ORDER_PLACED') GROUP BY e.match_id),
    introduced AS (
      SELECT m.chain_id, m.status, m.order_amount_cny, s.province_adcode AS supply_province_adcode, s.city_adcode AS supply_city_adcode,
        d.province_adcode AS demand_province_adcode, d.city_adcode AS demand_city_adcode,
        coalesce(st.introduced_at, m.updated_at) AS introduced_at, coalesce(st.ordered_at, m.updated_at) AS ordered_at
      FROM match m JOIN insight_listing d ON d.id = m.demand_listing_id JOIN insight_listing s ON s.id = m.supply_listing_id
      LEFT JOIN steps st ON st.match_id = m.id
      WHERE m.status IN ${EVER_INTRODUCED}),
    events AS (
      SELECT chain_id, introduced_at AS at, supply_province_adcode, supply_city_adcode, demand_province_adcode, demand_city_adcode,
        1 AS introduced, 0 AS concluded, 0::numeric AS amount FROM introduced
      UNION ALL
      SELECT chain_id, ordered_at, supply_province_adcode, supply_city_adcode, demand_province_adcode, demand_city_adcode,
        0, 1, coalesce(order_amount_cny, 0) FROM introduced WHERE status = 'ORDER_PLACED')
    SELECT $1, chain_id, date_trunc('month', at AT TIME ZONE '${FLOW_TIME_ZONE}')::date, supply_province_adcode, supply_city_adcode,
      demand_province_adcode, demand_city_adcode, sum(introduced), sum(concluded), sum(amount)
    FROM events GROUP BY 2, 3, 4, 5, 6, 7`, [snapshotId]);
}

/** The snapshot's flows summed by province, for the reads that need no city. */
export async function writeProvinceFlows(manager: EntityManager, snapshotId: string): Promise<void> {
  await manager.query(`INSERT INTO insight_province_flow (snapshot_id, chain_id, month, supply_province_adcode, demand_province_adcode,
      introduced, concluded, order_amount_cny)
    SELECT snapshot_id, chain_id, month, supply_province_adcode, demand_province_adcode, sum(introduced), sum(concluded), sum(order_amount_cny)
    FROM insight_flow WHERE snapshot_id = $1 GROUP BY 1, 2, 3, 4, 5`, [snapshotId]);
}

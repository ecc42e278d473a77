import type { EntityManager } from 'typeorm';

/**
 * Keeps the live demand listings the snapshot found without a supplier of their province on offer,
 * or without an introduced supplier: the listings behind its rates, for staff to drill into.
 */
export async function writeOpenDemand(manager: EntityManager, snapshotId: string): Promise<void> {
  await manager.query(`INSERT INTO insight_open_demand (snapshot_id, listing_id, enterprise_id, segment_id, chain_id, province_adcode,
      published_at, offered_in_province, offered_in_region, introduced)
    SELECT $1, id, enterprise_id, segment_id, chain_id, province_adcode, published_at, offered_in_province, offered_in_region, introduced
    FROM insight_demand WHERE NOT (offered_in_province AND introduced)`, [snapshotId]);
}

/** Each chain leader's live demand in its chain, and how much of it has a regional supplier introduced or ordered from. */
export async function writeLeaderFigures(manager: EntityManager, snapshotId: string): Promise<void> {
  await manager.query(`INSERT INTO insight_leader (snapshot_id, enterprise_id, chain_id, demand_listings, with_regional_supplier)
    SELECT $1, cl.enterprise_id, cl.chain_id, count(d.id), count(d.id) FILTER (WHERE d.introduced)
    FROM chain_leader cl LEFT JOIN insight_demand d ON d.enterprise_id = cl.enterprise_id AND d.chain_id = cl.chain_id
    GROUP BY cl.enterprise_id, cl.chain_id`, [snapshotId]);
}

import type { EntityManager } from 'typeorm';

/** Each chain leader's live demand in its chain, and how much of it has a regional supplier introduced or ordered from. */
export async function writeLeaderFigures(manager: EntityManager, snapshotId: string): Promise<void> {
  await manager.query(`INSERT INTO insight_leader (snapshot_id, enterprise_id, chain_id, demand_listings, with_regional_supplier)
    SELECT $1, cl.enterprise_id, cl.chain_id, count(d.id), count(d.id) FILTER (WHERE d.introduced)
    FROM chain_leader cl LEFT JOIN insight_demand d ON d.enterprise_id = cl.enterprise_id AND d.chain_id = cl.chain_id
    GROUP BY cl.enterprise_id, cl.chain_id`, [snapshotId]);
}

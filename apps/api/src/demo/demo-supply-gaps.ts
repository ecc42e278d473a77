import { DEMO_SUPPLY_GAPS } from '@chainmatch/demo-data';
import { listingLiveSql } from '@chainmatch/listings';
import type { DataSource } from 'typeorm';

/** Withdrawn as of their publication: the supply was never there for the picture's purposes. */
const WITHDRAW = `status = 'CLOSED', closed_at = coalesce(published_at, valid_from), version = version + 1, updated_at = now()`;
const OPEN = `status IN ('DRAFT', 'ACTIVE', 'PAUSED')`;

/**
 * Applies DEMO_SUPPLY_GAPS to loaded demo data: closes the supply of the segments the region lacks,
 * all but one supplier's in the single-sourced ones, and part of the shrinking clusters' listings
 * (closed within the last 25 days, so the cluster's live listings fell over the period).
 */
export async function applyDemoSupplyGaps(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`UPDATE listing SET ${WITHDRAW} WHERE kind = 'SUPPLY' AND ${OPEN} AND segment_id = ANY($1)`,
      [DEMO_SUPPLY_GAPS.noRegionalSupplier.map((gap) => gap.segmentId)]);
    await manager.query(`WITH keeper AS (
        SELECT DISTINCT ON (segment_id) segment_id, enterprise_id FROM listing
        WHERE kind = 'SUPPLY' AND status = 'ACTIVE' AND segment_id = ANY($1)
        GROUP BY segment_id, enterprise_id ORDER BY segment_id, count(*) DESC, enterprise_id)
      UPDATE listing l SET ${WITHDRAW} FROM keeper k
      WHERE l.kind = 'SUPPLY' AND l.${OPEN} AND l.segment_id = k.segment_id AND l.enterprise_id <> k.enterprise_id`,
      [DEMO_SUPPLY_GAPS.singleSupplier.map((gap) => gap.segmentId)]);
    for (const { chainId, cityAdcode, share } of DEMO_SUPPLY_GAPS.shrinking) {
      await manager.query(`WITH live AS (
          SELECT id, row_number() OVER (ORDER BY md5(id::text)) AS rank, count(*) OVER () AS total FROM listing
          WHERE chain_id = $1 AND city_adcode = $2 AND ${listingLiveSql('listing')} AND published_at < now() - interval '40 days')
        UPDATE listing l SET status = 'CLOSED', closed_at = now() - (1 + live.rank % 25) * interval '1 day', version = version + 1, updated_at = now()
        FROM live WHERE l.id = live.id AND live.rank <= live.total * $3::float8`, [chainId, cityAdcode, share]);
    }
  });
}

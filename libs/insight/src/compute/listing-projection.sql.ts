import { listingLiveSql } from '@chainmatch/listings';
import type { EntityManager } from 'typeorm';
import { supplyShareWeight } from './supply-share.js';

/**
 * One pass over `listing` into a narrow temporary table, `insight_listing`, of what every later step
 * reads: the listings table is wide (titles, descriptions, keywords), so reading it once and the
 * projection several times costs a fraction of reading it for each step. Whether each listing is
 * live, and whether it lapses within the lapse window, is decided here once.
 */
export async function projectListings(manager: EntityManager, lapseDays: number): Promise<void> {
  await manager.query(`CREATE TEMP TABLE insight_listing ON COMMIT DROP AS
    SELECT l.id, l.kind, l.enterprise_id, l.segment_id, l.chain_id, l.province_adcode, l.city_adcode,
      l.valid_until, l.published_at, l.closed_at, ${listingLiveSql('l')} AS live,
      l.valid_until <= now() + make_interval(days => $1) AS lapsing, (${supplyShareWeight('l')})::float8 AS share_weight
    FROM listing l`, [lapseDays]);
  await manager.query(`ANALYZE insight_listing`);
}

import { generateDemoEnterprises, generateDemoListings, type DemoCounty } from '@chainmatch/demo-data';
import type { DataSource, EntityManager } from 'typeorm';
import { readDemoReferenceData } from './demo-reference.js';
import { ENTERPRISE_COLUMNS, enterpriseRow, LISTING_COLUMNS, listingRow } from './demo-rows.js';

export interface DemoLoadOptions {
  enterprises: number;
  listings: number;
  seed: number;
  batchSize: number;
  /** Called after each batch with what is written so far. */
  progress: (what: 'enterprises' | 'listings', done: number, total: number) => void;
}

/**
 * Batches of listings written at once, each on its own pooled connection, while the next batch is
 * generated: the database side (foreign-key checks, eight indexes) dominates, and uses one core per
 * connection.
 */
const CONCURRENT_INSERTS = 2;

/**
 * Writes a deterministic demo set (same seed, same data) in batches: one INSERT per batch of rows
 * passed as a single JSON parameter, each batch its own transaction, so a large load streams
 * without holding everything in memory.
 */
export async function loadDemoData(dataSource: DataSource, options: DemoLoadOptions): Promise<void> {
  const ref = await readDemoReferenceData(dataSource.manager);
  const countyOf = new Map(ref.counties.map((c) => [c.adcode, c]));
  const chainOf = new Map(ref.segments.map((s) => [s.id, s.chainId]));
  const generation = { seed: options.seed, now: new Date() };
  const enterprises = generateDemoEnterprises(ref, options.enterprises, generation);
  for (let start = 0; start < enterprises.length; start += options.batchSize) {
    const batch = enterprises.slice(start, start + options.batchSize);
    await dataSource.transaction(async (manager) => {
      await insertJson(manager, 'enterprise', ENTERPRISE_COLUMNS, batch.map((e) => enterpriseRow(e, county(countyOf, e.countyAdcode))));
      const links = batch.flatMap((e) => e.segmentIds.map((segmentId) => ({ enterprise_id: e.id, segment_id: segmentId })));
      await insertJson(manager, 'enterprise_segment', 'enterprise_id uuid, segment_id varchar', links);
    });
    options.progress('enterprises', start + batch.length, enterprises.length);
  }
  let written = 0;
  const inserting = new Set<Promise<void>>();
  for (let start = 0; start < options.listings; start += options.batchSize) {
    const count = Math.min(options.batchSize, options.listings - start);
    const batch = generateDemoListings(ref, enterprises, { start, count }, generation);
    const rows = batch.map((l) => listingRow(l, county(countyOf, l.countyAdcode), chainOf.get(l.segmentId)!));
    if (inserting.size >= CONCURRENT_INSERTS) await Promise.race(inserting);
    const insert: Promise<void> = insertJson(dataSource.manager, 'listing', LISTING_COLUMNS, rows).then(() => {
      inserting.delete(insert);
      written += count;
      options.progress('listings', written, options.listings);
    });
    inserting.add(insert);
  }
  await Promise.all(inserting);
}

function county(counties: Map<string, DemoCounty>, adcode: string): DemoCounty {
  const found = counties.get(adcode);
  if (!found) throw new Error(`demo data names county ${adcode}, which is not in the database`);
  return found;
}

/** INSERT ... SELECT from jsonb_to_recordset: the whole batch as one parameter. */
async function insertJson(manager: EntityManager, table: string, columns: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.split(',').map((column) => column.trim().split(/\s+/)[0]).join(', ');
  await manager.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`, [
    JSON.stringify(rows),
  ]);
}

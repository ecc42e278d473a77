import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options.js';
import { createDemoAccounts, describeDemoAccounts } from './demo-accounts.js';
import { loadDemoCuration } from './demo-curation.js';
import { loadDemoData } from './demo-loader.js';
import { progressPrinter } from './demo-progress.js';
import { applyDemoSupplyGaps } from './demo-supply-gaps.js';
import type { SeedOptions } from './seed-options.js';

/** The set `npm start` loads into an empty database: small, quick, covering every city and chain. */
export const STARTER_DEMO = { enterprises: 300, listings: 3000, matches: 600, seed: 1, batchSize: 5000 };

export async function countListings(url: string): Promise<number> {
  return withDataSource(url, async (dataSource) => (await dataSource.query(`SELECT count(*)::int AS n FROM listing`))[0].n);
}

export async function countEnterprises(dataSource: DataSource): Promise<number> {
  const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM enterprise`);
  return n;
}

/**
 * Loads the starter demo set, with accounts for each role, when the database has no enterprise yet.
 * Returns how to sign in as the demo accounts (printed at every start).
 */
export async function seedStarterDemoIfEmpty(url: string, log: (line: string) => void): Promise<string[]> {
  return withDataSource(url, async (dataSource) => {
    if ((await countEnterprises(dataSource)) === 0) {
      log(`empty database: loading demo data (${STARTER_DEMO.enterprises} enterprises, ${STARTER_DEMO.listings} listings, demo accounts)`);
      await loadDemoData(dataSource, { ...STARTER_DEMO, progress: () => undefined });
      await createDemoAccounts(dataSource);
      await loadDemoPicture(dataSource, STARTER_DEMO);
    }
    return describeDemoAccounts(dataSource);
  });
}

/** `npm run seed`: a demo set of any size, refusing to mix with existing data unless told to reset. */
export async function seedDemo(url: string, options: SeedOptions, log: (line: string) => void): Promise<void> {
  await withDataSource(url, async (dataSource) => {
    const existing = await countEnterprises(dataSource);
    if (existing > 0 && !options.reset) {
      throw new Error(`the database already has ${existing} enterprises; pass --reset to replace them and their listings`);
    }
    if (options.reset) await dataSource.query(`TRUNCATE listing, enterprise_segment, enterprise_invitation, enterprise CASCADE`);
    const started = Date.now();
    await loadDemoData(dataSource, { ...options, progress: progressPrinter(log) });
    await loadDemoPicture(dataSource, options, progressPrinter(log));
    // Persisted suggestions of a bulk load would keep the match worker busy for long after start;
    // they are computed when a listing next changes (and matchesForListing computes them live).
    await dataSource.query(`TRUNCATE match_refresh`);
    const seconds = (Date.now() - started) / 1000;
    const rate = Math.round(options.listings / seconds).toLocaleString('en');
    log(`loaded ${options.enterprises} enterprises and ${options.listings} listings in ${seconds.toFixed(1)} s: ${rate} listings/s`);
  });
}

/**
 * What the insight picture needs on top of the listings: the supply gaps, then a curation history.
 * Without matches the listings stay as generated (the search and matching benchmarks' data).
 */
async function loadDemoPicture(dataSource: DataSource, options: { matches: number; seed: number; batchSize: number },
  progress?: (what: string, done: number, total: number) => void): Promise<void> {
  if (options.matches === 0) return;
  await applyDemoSupplyGaps(dataSource);
  await loadDemoCuration(dataSource, options, (done) => progress?.('curated matches', done, options.matches));
}

async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

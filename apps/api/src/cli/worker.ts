import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { ProcessRole } from '../background/background-loop.js';
import { WorkerModule } from '../background/worker.module.js';
import { loadEnvironmentOrExit } from '../load-environment.js';
import { createLogger, nestLogger } from '../logger.js';

const ROLES: readonly ProcessRole[] = ['search-sync', 'match-refresh', 'sweepers', 'insight-recompute'];

/**
 * `npm run search:worker | match:worker | sweepers | insight:worker` (`node …/worker.js <role>…`): the background
 * loops of the given roles in a process of their own; run the API with the matching *_IN_PROCESS
 * setting false. Needs DATABASE_URL: the embedded database belongs to the API process. Several
 * workers of a role may run at once; they lease work, never share it.
 */
const env = loadEnvironmentOrExit();
const logger = createLogger(env);
const roles = process.argv.slice(2) as ProcessRole[];
if (roles.length === 0 || roles.some((role) => !ROLES.includes(role))) {
  logger.error(`usage: worker.js <role>… with roles among ${ROLES.join(', ')}`);
  process.exit(64); // EX_USAGE
}
if (!env.DATABASE_URL) {
  logger.error('set DATABASE_URL: a separate worker shares the API\'s database server');
  process.exit(78); // EX_CONFIG
}
const context = await NestFactory.createApplicationContext(WorkerModule.register({ env, databaseUrl: env.DATABASE_URL, roles }), {
  logger: nestLogger(logger),
});
context.enableShutdownHooks(['SIGINT', 'SIGTERM']);
await context.init();
logger.info(`worker running: ${roles.join(', ')}; Ctrl-C to stop`);

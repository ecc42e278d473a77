import 'reflect-metadata';
import { createApi } from './create-api.js';
import { seedStarterDemoIfEmpty } from './demo/demo-seeding.js';
import { openDatabase } from './database/open-database.js';
import { prepareDatabase } from './database/prepare-database.js';
import { loadEnvironmentOrExit } from './load-environment.js';
import { createLogger } from './logger.js';

const env = loadEnvironmentOrExit();
const logger = createLogger(env);
const log = (message: string) => logger.info(message);

const database = await openDatabase(env, log);
await prepareDatabase(database.url, { log });
const demoAccounts = env.DEMO_DATA ? await seedStarterDemoIfEmpty(database.url, log) : [];
const app = await createApi(database.url, logger, env);
await app.listen(env.PORT, env.HOST);

const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`;
logger.info(`ChainMatch GraphQL API ready at ${url}/graphql (health: ${url}/health)`);
if (demoAccounts.length > 0) logger.info(demoAccounts.join('\n'));

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal} received: stopping`);
  await app.close();
  await database.stop();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

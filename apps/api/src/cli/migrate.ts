import 'reflect-metadata';
import { runWithDatabase } from './run-with-database.js';

// Migrations and reference data are applied by runWithDatabase itself.
await runWithDatabase(async (_url, logger) => logger.info('database is up to date'));

import 'reflect-metadata';
import { seedDemo } from '../demo/demo-seeding.js';
import { parseSeedOptions, SEED_USAGE, SeedUsageError } from '../demo/seed-options.js';
import { runWithDatabase } from './run-with-database.js';

let options;
try {
  options = parseSeedOptions(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof SeedUsageError)) throw error;
  console.error(`${(error as Error).message}\n${SEED_USAGE}`);
  process.exit(64); // EX_USAGE
}
await runWithDatabase((url, logger) => seedDemo(url, options, (line) => logger.info(line)));

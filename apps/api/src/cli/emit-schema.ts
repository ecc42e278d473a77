import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { createApi } from '../create-api.js';
import { printApiSchema, SCHEMA_FILE } from '../graphql/print-schema.js';
import { runWithDatabase } from './run-with-database.js';

await runWithDatabase(async (url, logger, env) => {
  const app = await createApi(url, logger, env);
  await app.init();
  await writeFile(SCHEMA_FILE, printApiSchema(app));
  await app.close();
  logger.info(`wrote ${SCHEMA_FILE}`);
});

import type { Environment } from '@chainmatch/config';
import { startEmbeddedPostgres, type RunningDatabase } from '@chainmatch/database';

/** The configured server when DATABASE_URL is set; otherwise the embedded one in DATA_DIR. */
export async function openDatabase(env: Environment, log: (message: string) => void): Promise<RunningDatabase> {
  if (env.DATABASE_URL) {
    return { url: env.DATABASE_URL, stop: async () => undefined };
  }
  const database = await startEmbeddedPostgres({
    dataDir: env.DATA_DIR,
    port: env.EMBEDDED_PG_PORT,
    databaseName: 'chainmatch',
    log,
  });
  log(`embedded PostgreSQL running on 127.0.0.1:${env.EMBEDDED_PG_PORT} (data in ${env.DATA_DIR})`);
  return database;
}

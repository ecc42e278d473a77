import { createDatabaseIfMissing, freePort, startEmbeddedPostgres } from '@chainmatch/database';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database for one test file: on the server of DATABASE_URL when set, otherwise on
 * an embedded PostgreSQL started in a temporary folder (about a second) and removed afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `chainmatch_test_${process.pid}_${Date.now().toString(36)}`;
  if (process.env.DATABASE_URL) {
    const url = withDatabase(process.env.DATABASE_URL, name);
    await createDatabaseIfMissing(process.env.DATABASE_URL, name);
    return { url, drop: () => dropDatabase(process.env.DATABASE_URL!, name) };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'chainmatch-test-'));
  await chmod(dataDir, 0o755); // the postgres system user runs the server when tests run as root
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), databaseName: name, log: () => undefined });
  return {
    url: server.url,
    drop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

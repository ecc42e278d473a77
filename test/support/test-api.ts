import type { INestApplication } from '@nestjs/common';
import pg from 'pg';
import { pino, type Logger } from 'pino';
import { createApi } from '../../apps/api/src/create-api.js';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database.js';
import { GraphQLClient } from './graphql-client.js';
import { createTestDatabase } from './test-database.js';

export interface TestApi {
  /** The running application, for calling a service directly where a test must (e.g. a timer's job). */
  app: INestApplication;
  graphql: GraphQLClient;
  baseUrl: string;
  databaseUrl: string;
  /** Runs SQL directly, for assertions about what was (not) written. */
  sql<T extends object = Record<string, any>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/** Settings for one test file's API: the configuration is read from process.env when the app is built. */
async function withEnvironment<T>(env: Record<string, string>, build: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await build();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/**
 * Starts the real API on a fresh database of its own, listening on a random local port.
 * Everything the tests do goes over HTTP, as a frontend would.
 */
export async function startTestApi(options: { env?: Record<string, string>; logger?: Logger } = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  await prepareDatabase(database.url, { log: () => undefined });
  const app = await withEnvironment(options.env ?? {}, () =>
    createApi(database.url, options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' })));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // Idle connections see the server stop at teardown (57P01); that is expected, not a failure.
  pool.on('error', () => undefined);
  return {
    app,
    baseUrl,
    databaseUrl: database.url,
    graphql: new GraphQLClient(`${baseUrl}/graphql`),
    sql: async (text, params) => (await pool.query(text, params)).rows,
    close: async () => {
      await app.close();
      await pool.end();
      await database.drop();
    },
  };
}

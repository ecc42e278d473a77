import { validateEnvironment, type Environment } from '@chainmatch/config';
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
  /** A database session of the test's own (e.g. to hold a lock while the API works), closed with the API. */
  session(): Promise<pg.Client>;
  close(): Promise<void>;
}

/** The configuration of a test's API: the environment jest runs in, with the test's own settings on top. */
export function testEnvironment(overrides: Record<string, string> = {}): Environment {
  return validateEnvironment({ ...process.env, ...overrides });
}

export const testLogger = () => pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/**
 * Starts the real API on a fresh database of its own, listening on a random local port.
 * Everything the tests do goes over HTTP, as a frontend would.
 */
export async function startTestApi(options: { env?: Record<string, string>; logger?: Logger } = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  await prepareDatabase(database.url, { log: () => undefined });
  const app = await createApi(database.url, options.logger ?? testLogger(), testEnvironment(options.env));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  // Idle connections see the server stop at teardown (57P01); that is expected, not a failure.
  pool.on('error', () => undefined);
  const sessions: pg.Client[] = [];
  return {
    app,
    baseUrl,
    databaseUrl: database.url,
    graphql: new GraphQLClient(`${baseUrl}/graphql`),
    sql: async (text, params) => (await pool.query(text, params)).rows,
    session: async () => {
      const session = new pg.Client({ connectionString: database.url });
      await session.connect();
      sessions.push(session);
      return session;
    },
    close: async () => {
      await Promise.all(sessions.map((session) => session.end()));
      await app.close();
      await pool.end();
      await database.drop();
    },
  };
}

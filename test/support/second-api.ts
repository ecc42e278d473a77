import type { INestApplication } from '@nestjs/common';
import { createApi } from '../../apps/api/src/create-api.js';
import { GraphQLClient } from './graphql-client.js';
import { testEnvironment, testLogger } from './test-api.js';

export interface SecondApi {
  app: INestApplication;
  baseUrl: string;
  graphql: GraphQLClient;
  close(): Promise<void>;
}

/**
 * Another API instance on an existing (already migrated) database, as a second replica behind a
 * load balancer would run: its own connection pool, event listener and HTTP server, sharing only
 * PostgreSQL with the first. Close it before the first, whose close drops the database.
 */
export async function startSecondApi(databaseUrl: string, env: Record<string, string> = {}): Promise<SecondApi> {
  const app = await createApi(databaseUrl, testLogger(), testEnvironment(env));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  return { app, baseUrl, graphql: new GraphQLClient(`${baseUrl}/graphql`), close: () => app.close() };
}

import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { freePort, startEmbeddedPostgres, type RunningDatabase } from '@chainmatch/database';
import type { INestApplication } from '@nestjs/common';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BackgroundLoops } from '../../apps/api/src/background/background-loops.service.js';
import { createApi } from '../../apps/api/src/create-api.js';
import { prepareDatabase } from '../../apps/api/src/database/prepare-database.js';
import { testEnvironment, testLogger } from '../support/test-api.js';
import { waitUntil } from '../support/wait.js';

const LISTINGS = `{ listings(first: 1) { totalCount } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`;

/**
 * The API on an embedded PostgreSQL of the test's own (on a port below the ephemeral range), which
 * the test stops and starts again under it: clients get a clear, retryable answer meanwhile, and
 * the API recovers by itself — no restart — once the database is back.
 */
describe('the API while its database is down, and after it returns', () => {
  let dataDir: string;
  let port: number;
  let server: RunningDatabase;
  let app: INestApplication;
  let baseUrl: string;
  const startServer = () => startEmbeddedPostgres({ dataDir, port, databaseName: 'chainmatch_outage', log: () => undefined });
  const post = (query: string, variables?: unknown) => fetch(`${baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }),
  });
  const health = async (which: 'live' | 'ready') => {
    const response = await fetch(`${baseUrl}/health/${which}`);
    return { status: response.status, body: await response.json() as any };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'chainmatch-outage-'));
    await chmod(dataDir, 0o755); // the postgres system user runs the server when tests run as root
    port = await freePort();
    server = await startServer();
    await prepareDatabase(server.url, { log: () => undefined });
    // No insight recompute here: its first pass (every listing read, right after start) would compete
    // with the first readiness probe, which must connect and answer within a second.
    const env = testEnvironment({
      DATABASE_CONNECT_TIMEOUT_MS: '1000', SEARCH_SYNC_INTERVAL_MS: '100', MATCH_WORKER_INTERVAL_MS: '100', INSIGHT_RECOMPUTE_IN_PROCESS: 'false',
    });
    app = await createApi(server.url, testLogger(), env);
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('listens below the ephemeral port range', () => {
    expect(port).toBeLessThan(32768);
  });

  it('is ready and serves while the database is up', async () => {
    expect((await health('ready')).status).toBe(200);
    expect((await post(LISTINGS)).status).toBe(200);
  });

  it('answers HTTP 503 SERVICE_UNAVAILABLE with Retry-After while the database is down; alive but not ready', async () => {
    await server.stop();

    const query = await post(LISTINGS);
    expect(query.status).toBe(503);
    expect(query.headers.get('retry-after')).toBe('5');
    const body = await query.json() as any;
    expect(body.errors[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 5 });

    const mutation = await post(SIGN_UP, { input: { email: 'x@example.com', password: 'long enough password', displayName: 'x' } });
    expect(mutation.status).toBe(503);
    expect(((await mutation.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');

    expect(await health('live')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const ready = await health('ready');
    expect(ready.status).toBe(503);
    expect(ready.body.details.database).toMatchObject({ status: 'down', error: expect.any(String) });
    expect(ready.body.details.search.status).toBe('degraded'); // its backlog query fails too: reported, not thrown
    expect(ready.body.details.matchRefresh.status).toBe('degraded');
  });

  it('recovers by itself once the database returns: ready again, queries served, loops and live updates back', async () => {
    const bus = app.get<EventBus>(EVENT_BUS);
    server = await startServer();

    await waitUntil(async () => (await health('ready')).status === 200, 'ready again');
    expect((await post(LISTINGS)).status).toBe(200);

    const loops = app.get(BackgroundLoops);
    await Promise.all(['search-sync', 'match-refresh'].map((name) => loops.runner(name).nextPass()));
    const status = Object.fromEntries(loops.report().map((loop) => [loop.name, loop.status]));
    expect(status).toMatchObject({ 'search-sync': 'ok', 'match-refresh': 'ok' });

    // The event listener reconnects (with its channels) on its own: an event published now is heard.
    const events = await bus.subscribe('match.changed');
    const heard = events.next();
    const probe = { matchId: 'outage-probe', chainId: 'ic', demandEnterpriseId: '', supplyEnterpriseId: '', provinceAdcodes: [], status: 'SUGGESTED' };
    await bus.publish('match.changed', probe);
    expect((await heard).value).toEqual(probe);
    await events.return?.();
  }, 60_000);
});

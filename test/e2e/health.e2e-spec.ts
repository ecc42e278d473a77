import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { waitForLockWaiters } from '../support/wait.js';

describe('liveness and readiness', () => {
  let api: TestApi;
  const get = async (route: string) => {
    const response = await fetch(`${api.baseUrl}${route}`);
    return { status: response.status, body: await response.json() as any };
  };

  beforeAll(async () => {
    // Background work (the insight recompute's first pass, search-sync and match-refresh batches) takes
    // pool connections at times of its own: it runs elsewhere, so that the pool test below fills the
    // pool with its own queries only. The loops are still listed, as running elsewhere.
    api = await startTestApi({ env: { INSIGHT_RECOMPUTE_IN_PROCESS: 'false', SEARCH_WORKER_IN_PROCESS: 'false', MATCH_WORKER_IN_PROCESS: 'false' } });
  });
  afterAll(() => api.close());

  it('answers liveness without looking at anything else', async () => {
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'ok', uptimeSeconds: expect.any(Number) } });
  });

  it('reports the database, search, the match-refresh backlog and every background loop on readiness (and on /health)', async () => {
    for (const route of ['/health/ready', '/health']) {
      const { status, body } = await get(route);
      expect(status).toBe(200);
      expect(body.details).toMatchObject({
        database: { status: 'up', latencyMs: expect.any(Number) },
        search: { status: 'up', engine: 'postgres', syncLagSeconds: expect.any(Number) },
        matchRefresh: { status: 'up', pendingListings: expect.any(Number), lagSeconds: expect.any(Number) },
        backgroundLoops: { status: 'up' },
      });
      const loops = body.details.backgroundLoops.loops;
      const names = ['search-sync', 'match-refresh', 'audit-retention', 'insight-recompute'];
      expect(loops.map((loop: { name: string }) => loop.name)).toEqual(expect.arrayContaining(names));
      expect(loops.find((loop: { name: string }) => loop.name === 'search-sync')).toMatchObject({ role: 'search-sync', leaseMs: 60_000 });
      expect(loops.find((loop: { name: string }) => loop.name === 'insight-recompute')).toMatchObject({ role: 'insight-recompute', intervalMs: 60_000, status: 'elsewhere' });
    }
  });

  it('answers while every connection of the pool is busy: the database on a probe of its own, the rest as not answered in time', async () => {
    const session = await api.session();
    await session.query(`BEGIN`);
    await session.query(`LOCK TABLE listing IN ACCESS EXCLUSIVE MODE`);
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    // 10 wait for the lock, 2 for a slot. They only keep the pool busy: under load the two waiting
    // for a slot may give up at the pool's connect timeout first, which is not what this test is about.
    const held = Array.from({ length: 12 }, () => dataSource.query(`SELECT count(*) FROM listing`).catch((error: Error) => error));
    try {
      await waitForLockWaiters(api, 10);
      const { status, body } = await get('/health/ready');
      expect(status).toBe(200);
      expect(body.status).toBe('degraded');
      expect(body.details.database.status).toBe('up');
      expect(body.details.matchRefresh).toEqual({ status: 'degraded', error: 'no answer within 2000 ms' });
    } finally {
      await session.query(`ROLLBACK`);
      await Promise.all(held);
    }
  });
});

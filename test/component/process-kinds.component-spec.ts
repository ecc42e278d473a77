import type { INestApplicationContext } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ProcessRole } from '../../apps/api/src/background/background-loop.js';
import { BACKGROUND_LOOPS } from '../../apps/api/src/background/background-loops.registry.js';
import { BackgroundLoops } from '../../apps/api/src/background/background-loops.service.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { startWorker } from '../support/workers.js';

const statusOf = (loops: BackgroundLoops) => Object.fromEntries(loops.report().map((loop) => [loop.name, loop.status]));
const namesOf = (role: ProcessRole) => BACKGROUND_LOOPS.filter((loop) => loop.role === role).map((loop) => loop.name);

describe('process kinds and the background loop registry', () => {
  let api: TestApi;
  const environmentBefore = { ...process.env };

  beforeAll(async () => {
    // The API keeps no loop in process: each worker below is the only one running its role's loops.
    api = await startTestApi({ env: {
      SEARCH_WORKER_IN_PROCESS: 'false', MATCH_WORKER_IN_PROCESS: 'false', SWEEPERS_IN_PROCESS: 'false', INSIGHT_RECOMPUTE_IN_PROCESS: 'false',
    } });
  });
  afterAll(() => api.close());

  it('registers every loop in one list, each with a role, an interval and (where work is leased) a lease', () => {
    const loops = api.app.get(BackgroundLoops).report();
    expect(loops.map((loop) => loop.name)).toEqual(
      expect.arrayContaining(['search-sync', 'match-refresh', 'listing-expiry', 'interest-expiry', 'rate-limit-purge', 'audit-retention',
        'session-retention', 'insight-recompute']));
    for (const loop of loops) expect(loop.intervalMs).toBeGreaterThan(0);
    expect(loops.find((loop) => loop.name === 'search-sync')?.leaseMs).toBe(60_000);
    expect(loops.find((loop) => loop.name === 'match-refresh')?.leaseMs).toBe(60_000);
  });

  it('runs no loop in an API whose configuration sends them all to workers', () => {
    expect(new Set(Object.values(statusOf(api.app.get(BackgroundLoops))))).toEqual(new Set(['elsewhere']));
  });

  describe.each(['search-sync', 'match-refresh', 'sweepers', 'insight-recompute'] as const)('a %s worker', (role) => {
    let worker: INestApplicationContext;

    beforeAll(async () => {
      worker = await startWorker(api.databaseUrl, [role]);
    });
    afterAll(() => worker.close());

    it('runs exactly the loops of its role, each pass succeeding against the database', async () => {
      const loops = worker.get(BackgroundLoops);
      await Promise.all(namesOf(role).map((name) => loops.runner(name).nextPass()));
      for (const [name, status] of Object.entries(statusOf(loops))) {
        expect([name, status]).toEqual([name, namesOf(role).includes(name) ? 'ok' : 'elsewhere']);
      }
    });

    it('is a composition without GraphQL or an HTTP server', () => {
      expect(() => worker.get(GraphQLModule, { strict: false })).toThrow();
    });
  });

  it('has changed nothing in process.env', () => {
    expect(process.env).toEqual(environmentBefore);
  });

  it('schedules nothing outside the registry: no setInterval in the libraries or the app', () => {
    const offenders = sourceFiles(['libs', 'apps']).filter((file) => /\bsetInterval\(/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

function sourceFiles(roots: string[]): string[] {
  return roots.flatMap((root) => readdirSync(root).flatMap((entry) => {
    const file = path.join(root, entry);
    if (statSync(file).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles([file]);
    return file.endsWith('.ts') && !file.endsWith('.spec.ts') ? [file] : [];
  }));
}

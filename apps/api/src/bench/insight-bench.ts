import 'reflect-metadata';
import type { Environment } from '@chainmatch/config';
import { InsightRecomputeService, InsightSnapshotTrigger } from '@chainmatch/insight';
import { listingLiveSql } from '@chainmatch/listings';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Logger } from 'pino';
import { runWithDatabase } from '../cli/run-with-database.js';
import { createApi } from '../create-api.js';
import { seedDemo } from '../demo/demo-seeding.js';
import { startApiProcess } from './api-process.js';
import { percentile, timeCalls } from './bench-stats.js';
import { insightBenchQueries, type InsightBenchQuery } from './insight-bench-queries.js';
import { formatWrites, writesDuring } from './insight-bench-writes.js';

/**
 * `npm run bench:insight`: on a demo set of --listings listings and --matches curated matches
 * (loaded once, reused after), times recomputing every snapshot while listing writes go on (their
 * latency next to the same writes with nothing else running), then the insight queries end to end
 * through GraphQL (the API in a process of its own) next to a live SQL count of one chain's
 * figures. Run it on a data folder of its own:
 *   DATA_DIR=/tmp/chainmatch-insight-bench EMBEDDED_PG_PORT=25107 npm run bench:insight
 */
const { values: args } = parseArgs({ options: {
  listings: { type: 'string', default: '1000000' }, matches: { type: 'string', default: '100000' },
  rounds: { type: 'string', default: '22' }, concurrency: { type: 'string', default: '4' },
} });
const options = { listings: Number(args.listings), matches: Number(args.matches), rounds: Number(args.rounds), concurrency: Number(args.concurrency) };
/** The API processes serve queries and the measured recomputations only: workers and schedules would compete with the measurement. */
const QUIET = { SEARCH_WORKER_IN_PROCESS: false, INSIGHT_RECOMPUTE_IN_PROCESS: false, MATCH_WORKER_IN_PROCESS: false } satisfies Partial<Environment>;
const LEADERS_PER_CHAIN = 10;

await runWithDatabase(async (url, logger, env) => {
  await ensureData(url, logger);
  const pool = new pg.Pool({ connectionString: url, max: options.concurrency + 2 });
  pool.on('error', () => undefined); // idle connections see the server stop at the end
  try {
    await markLeaders(pool);
    const lines = [...(await measureRecompute(url, { ...env, ...QUIET }, pool, logger)), '', ...(await measureQueries(url, pool, logger))];
    logger.info(`insight benchmark: ${options.listings.toLocaleString('en')} listings, ${options.matches.toLocaleString('en')} curated matches\n${lines.join('\n')}`);
  } finally {
    await pool.end();
  }
});

async function ensureData(url: string, logger: Logger): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const [{ listings, matches }] = (await client.query(`SELECT (SELECT count(*) FROM listing)::int AS listings, (SELECT count(*) FROM match)::int AS matches`)).rows;
  await client.end();
  if (listings === options.listings && matches >= options.matches) return logger.info(`reusing ${listings.toLocaleString('en')} listings and ${matches.toLocaleString('en')} matches`);
  await seedDemo(url, { listings: options.listings, enterprises: Math.round(options.listings / 20), matches: options.matches, seed: 1, batchSize: 5000, reset: listings > 0 },
    (line) => logger.info(line));
}

/** Leaders of every chain: the enterprises with the most demand listings in it. */
async function markLeaders(pool: pg.Pool): Promise<void> {
  await pool.query(`INSERT INTO chain_leader (enterprise_id, chain_id, note)
    SELECT enterprise_id, chain_id, 'bench' FROM (
      SELECT enterprise_id, chain_id, row_number() OVER (PARTITION BY chain_id ORDER BY count(*) DESC, enterprise_id) AS rank
      FROM listing WHERE kind = 'DEMAND' GROUP BY enterprise_id, chain_id) ranked
    WHERE rank <= $1 ON CONFLICT DO NOTHING`, [LEADERS_PER_CHAIN]);
}

/** Two recomputations (the first on a cold cache) with writes going on, against writes alone and one plain scan of the listings. */
async function measureRecompute(url: string, env: Environment, pool: pg.Pool, logger: Logger): Promise<string[]> {
  const ids: string[] = (await pool.query(`SELECT id FROM listing WHERE status = 'ACTIVE' ORDER BY md5(id::text) LIMIT 2000`)).rows.map((row) => row.id);
  const scanStarted = performance.now();
  await pool.query(`SELECT segment_id, kind, count(*) FROM listing WHERE ${listingLiveSql('listing')} GROUP BY 1, 2`);
  const scanSeconds = (performance.now() - scanStarted) / 1000;
  const alone = await writesDuring(pool, ids, new Promise((resolve) => setTimeout(resolve, 10_000)));
  const app = await createApi(url, logger, env);
  await app.init();
  const lines = [`baseline: one plain scan of the listings (live ones counted by segment × kind): ${scanSeconds.toFixed(1)} s`];
  try {
    const service = app.get(InsightRecomputeService);
    for (const label of ['first (cold)', 'second']) {
      logger.info(`recomputing (${label})…`);
      const started = performance.now();
      const run = service.recompute(InsightSnapshotTrigger.ON_DEMAND).then((snapshot) => ({ snapshot, seconds: (performance.now() - started) / 1000 }));
      const writes = await writesDuring(pool, ids, run);
      const { seconds } = await run;
      lines.push(`recompute ${label.padEnd(13)} ${seconds.toFixed(1).padStart(6)} s (target ≤ 60 s: ${seconds <= 60 ? 'met' : 'NOT met'})`, formatWrites('  listing writes meanwhile', writes));
    }
  } finally {
    await app.close();
  }
  return [...lines, formatWrites('listing writes, nothing else running', alone)];
}

async function measureQueries(url: string, pool: pg.Pool, logger: Logger): Promise<string[]> {
  logger.info('starting the API in a process of its own…');
  const api = await startApiProcess(url, Object.fromEntries(Object.entries(QUIET).map(([name, value]) => [name, String(value)])));
  try {
    const queries = Array.from({ length: options.rounds }, (_, round) => insightBenchQueries(round)).flat();
    // Every chain's queries once, nothing remembered yet: the cost of a first request.
    const first = await timeCalls(Math.min(queries.length, 11 * 9), 1, (i) => post(api.graphqlUrl, queries[i]));
    const trivial = await timeCalls(options.rounds * 5, 1, () => post(api.graphqlUrl, { name: 'chains', query: '{ chains { id nameZh } }' }));
    const perQuery = new Map<string, number[]>();
    const sequential = await timeCalls(queries.length, 1, async (i) => {
      const started = performance.now();
      await post(api.graphqlUrl, queries[i]);
      perQuery.set(queries[i].name, [...(perQuery.get(queries[i].name) ?? []), performance.now() - started]);
    });
    const concurrent = await timeCalls(queries.length, options.concurrency, (i) => post(api.graphqlUrl, queries[i]));
    const live = await timeCalls(options.rounds * 5, 1, (i) => liveChainCounts(pool, ['ic', 'nev', 'biomed', 'textile', 'ai'][i % 5]));
    return [
      summary(`GraphQL, ${queries.length} queries, one client`, sequential.latencies, `${(queries.length / sequential.seconds).toFixed(0)} q/s; ${options.concurrency} clients: ${(queries.length / concurrent.seconds).toFixed(0)} q/s`),
      summary(`  the first request of each (${first.latencies.length})`, first.latencies, '(nothing remembered yet)'),
      summary('baseline: a reference-data query', trivial.latencies, '({ chains { id nameZh } }: what any GraphQL round trip costs here)'),
      ...[...perQuery].map(([name, times]) => `  ${name.padEnd(24)} median ${percentile(times.sort((a, b) => a - b), 50).toFixed(1).padStart(6)} ms`),
      summary('baseline: one chain counted live in SQL', live.latencies, '(no snapshot: listings of one chain by segment × province × kind)'),
      `target p95 ≤ 50 ms through GraphQL: ${percentile([...sequential.latencies].sort((a, b) => a - b), 95) <= 50 ? 'met' : 'NOT met'}`,
    ];
  } finally {
    await api.stop();
  }
}

function summary(label: string, latencies: number[], extra: string): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const ms = (p: number) => percentile(sorted, p).toFixed(1).padStart(6);
  return `${label.padEnd(42)} p50 ${ms(50)} ms  p95 ${ms(95)} ms  p99 ${ms(99)} ms  ${extra}`;
}

/** What a query would cost without snapshots, at the least: counting one chain's live listings per segment, province and kind. */
function liveChainCounts(pool: pg.Pool, chainId: string): Promise<unknown> {
  return pool.query(`SELECT segment_id, province_adcode, kind, count(*), count(DISTINCT enterprise_id) FROM listing
    WHERE chain_id = $1 AND ${listingLiveSql('listing')} GROUP BY 1, 2, 3`, [chainId]);
}

async function post(url: string, query: InsightBenchQuery): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: query.query, variables: query.variables }) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`${query.name}: ${JSON.stringify(body.errors)}`);
}

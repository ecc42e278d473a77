import 'reflect-metadata';
import { createSearchContext, SEARCH_ENGINE, type SearchEngine } from '@chainmatch/search';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Logger } from 'pino';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runWithDatabase } from '../cli/run-with-database.js';
import { startApiProcess } from './api-process.js';
import { ensureIndex, ensureListings } from './bench-setup.js';
import { BENCH_QUERIES, engineRequest, graphqlOperation, type BenchQuery } from './bench-queries.js';
import { formatPerQuery, formatTable, loadAverage, percentile, timeCalls, type Measurement } from './bench-stats.js';
import { sqlBaseline } from './sql-baseline.js';

/**
 * `npm run bench:search`: loads (or reuses) a demo set of --listings listings, makes sure the index
 * holds exactly them, then runs the fixed query mix against the engine (in this process), end to end
 * through GraphQL over HTTP (the API in a process of its own), and as plain SQL on the listing table —
 * first one query at a time (latency), then with --concurrency clients (throughput). Run it on a
 * data folder of its own:
 *   DATA_DIR=/tmp/chainmatch-bench npm run bench:search -- --rounds 20 [--baseline-rounds 3] [--listings 1000000]
 */
const { values: args } = parseArgs({
  options: {
    listings: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '20' }, concurrency: { type: 'string', default: '4' },
    // Plain SQL reads every row: at a million listings one round of the mix takes a minute or more.
    'baseline-rounds': { type: 'string', default: '3' },
  },
});
const options = { listings: Number(args.listings), rounds: Number(args.rounds), concurrency: Number(args.concurrency), baselineRounds: Number(args['baseline-rounds']) };

await runWithDatabase(async (url, logger, env) => {
  await ensureListings(url, options.listings, logger);
  await ensureIndex(url, logger, env);
  const api = await startApiProcess(url);
  const context = await createSearchContext(dataSourceOptions(url), logger, env);
  const pool = new pg.Pool({ connectionString: url, max: options.concurrency + 2 });
  try {
    const engine = context.get<SearchEngine>(SEARCH_ENGINE);
    const targets: [string, number, (query: BenchQuery) => Promise<unknown>][] = [
      ['engine', options.rounds, (query) => engine.search(engineRequest(query))],
      ['graphql', options.rounds, (query) => postGraphql(api.graphqlUrl, query)],
      ['raw SQL', options.baselineRounds, (query) => sqlBaseline(pool, query)],
    ];
    const results: Measurement[] = [];
    for (const [name, rounds, run] of targets) results.push(await measure(name, rounds, run, logger));
    logger.info(`search benchmark: ${options.listings.toLocaleString('en')} listings, engine ${engine.name}, ${BENCH_QUERIES.length} queries × ${options.rounds} rounds (plain SQL: ${options.baselineRounds})`);
    for (const line of [...formatTable(results, options.concurrency), '', ...formatPerQuery(BENCH_QUERIES.map((q) => q.name), results)]) logger.info(line);
  } finally {
    await pool.end();
    await context.close();
    await api.stop();
  }
});

async function measure(target: string, rounds: number, run: (query: BenchQuery) => Promise<unknown>, logger: Logger): Promise<Measurement> {
  for (const query of BENCH_QUERIES) await run(query); // warm caches and plans
  const count = BENCH_QUERIES.length * rounds;
  const perQuery = new Map<string, number[]>();
  const sequential = await timeCalls(count, 1, async (i) => {
    const query = BENCH_QUERIES[i % BENCH_QUERIES.length];
    const started = performance.now();
    await run(query);
    perQuery.set(query.name, [...(perQuery.get(query.name) ?? []), performance.now() - started]);
  });
  const concurrent = await timeCalls(count, options.concurrency, (i) => run(BENCH_QUERIES[i % BENCH_QUERIES.length]));
  const sorted = [...sequential.latencies].sort((a, b) => a - b);
  const measurement: Measurement = {
    target, queries: count, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
    qpsSequential: count / sequential.seconds, qpsConcurrent: count / concurrent.seconds,
    perQuery: new Map([...perQuery].map(([name, times]) => [name, percentile(times.sort((a, b) => a - b), 50)])),
  };
  // Each target as soon as it is measured: the plain-SQL baseline can take many minutes at a million.
  logger.info(`${formatTable([measurement], options.concurrency)[1]} (load average ${loadAverage()})`);
  return measurement;
}

async function postGraphql(url: string, query: BenchQuery): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(graphqlOperation(query)) });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body;
}

import 'reflect-metadata';
import { AccountService, Role } from '@chainmatch/auth';
import { listingLiveSql } from '@chainmatch/listings';
import { SuggestionService } from '@chainmatch/matching';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { runWithDatabase } from '../cli/run-with-database.js';
import { createApi } from '../create-api.js';
import { startApiProcess } from './api-process.js';
import { ensureIndex, ensureListings } from './bench-setup.js';
import { loadAverage, percentile, timeCalls, withCpu } from './bench-stats.js';

const { values: args } = parseArgs({ options: { listings: { type: 'string', default: '100000' }, sample: { type: 'string', default: '200' } } });
const LISTINGS = Number(args.listings);
const SAMPLE = Number(args.sample);
const WARM_UP = 20;
const QUERY = `query($id: ID!) { matchesForListing(listingId: $id, first: 10) { counterpartListingId score distanceKm
  explanation { factor value contribution sentenceZh } listing { id ... on Listing { title enterprise { nameZh } } } } }`;

/**
 * `npm run bench:match`: matchesForListing end to end over HTTP (the API in a process of its own) at
 * 100k listings, next to the search engine's own retrieval (every channel's request) and the whole suggestion computed in
 * process, for the same listings in one run. Use a data folder of its own:
 *   DATA_DIR=/tmp/chainmatch-bench npm run bench:match
 */
await runWithDatabase(async (url, logger, env) => {
  await ensureListings(url, LISTINGS, logger);
  await ensureIndex(url, logger, env);
  // Background refreshes would compete with the measurement.
  const app = await createApi(url, logger, { ...env, MATCH_WORKER_IN_PROCESS: false });
  await app.init();
  logger.info('starting the API in a process of its own…');
  const api = await startApiProcess(url);
  try {
    await measure(app, api.graphqlUrl, logger);
  } finally {
    await api.stop();
    await app.close();
  }
});

async function measure(app: INestApplication, graphqlUrl: string, logger: Logger): Promise<void> {
  const ids = await sampleListings(app);
  const askGraphql = await signedInAsAdmin(app, graphqlUrl);
  const suggestions = app.get(SuggestionService);
  const sources = await suggestions.sources(ids);
  for (const id of ids.slice(0, WARM_UP)) await askGraphql(id);
  const measured = ids.slice(WARM_UP);
  logger.info(`measuring ${measured.length} listings three ways…`);
  const retrieval = await withCpu(() => timeCalls(measured.length, 1, (i) => suggestions.retrieveCandidates(sources.get(measured[i])!)));
  const inProcess = await withCpu(() => timeCalls(measured.length, 1, (i) => suggestions.suggestFor(measured[i], 10)));
  const rows = [
    ['engine retrieval (baseline)', retrieval.result],
    ['suggestion in process', inProcess.result],
    ['GraphQL end to end', await timeCalls(measured.length, 1, (i) => askGraphql(measured[i]))],
  ] as const;
  const cpuPerCall = (cpuMs: number) => (cpuMs / measured.length).toFixed(1);
  const p95 = (latencies: number[]) => percentile([...latencies].sort((a, b) => a - b), 95);
  const line = (label: string, { latencies, seconds }: { latencies: number[]; seconds: number }) => {
    const sorted = [...latencies].sort((a, b) => a - b);
    return `${label.padEnd(30)} p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms  `
      + `p99 ${percentile(sorted, 99).toFixed(1).padStart(6)} ms  ${(latencies.length / seconds).toFixed(0).padStart(4)} /s`;
  };
  const endToEnd = p95(rows[2][1].latencies);
  logger.info([
    `matchesForListing at ${LISTINGS.toLocaleString('en')} listings: ${measured.length} listings, one client`,
    ...rows.map(([label, result]) => line(label, result)),
    `CPU of this process per call (the database's excluded; less sensitive to the machine's load than wall time): retrieval ${cpuPerCall(retrieval.cpuMs)} ms, `
      + `suggestion ${cpuPerCall(inProcess.cpuMs)} ms; load average ${loadAverage()}`,
    `end-to-end p95 / retrieval p95 = ${(endToEnd / p95(rows[0][1].latencies)).toFixed(1)}×; target p95 ≤ 100 ms: ${endToEnd <= 100 ? 'met' : 'NOT met'}`,
  ].join('\n'));
}

/** The same active listings every run (ordered by a hash of their id). */
async function sampleListings(app: INestApplication): Promise<string[]> {
  const rows: { id: string }[] = await app.get<DataSource>(getDataSourceToken()).query(
    `SELECT id FROM listing WHERE ${listingLiveSql('listing')} ORDER BY md5(id::text) LIMIT $1`, [SAMPLE + WARM_UP],
  );
  return rows.map((row) => row.id);
}

/** An admin made for the run (admins may ask for any listing's suggestions), signed in over HTTP. */
async function signedInAsAdmin(app: INestApplication, graphqlUrl: string): Promise<(listingId: string) => Promise<unknown>> {
  const email = `bench-${randomUUID()}@bench.chainmatch.local`;
  const password = randomUUID();
  await app.get(AccountService).createAccount({ email, password, displayName: 'bench', role: Role.ADMIN });
  const post = async (query: string, variables: object, token?: string) => {
    const response = await fetch(graphqlUrl, {
      method: 'POST', body: JSON.stringify({ query, variables }),
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    });
    const body = (await response.json()) as { data?: Record<string, { accessToken: string }>; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
  const { login } = await post(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: password });
  return (listingId) => post(QUERY, { id: listingId }, login.accessToken);
}

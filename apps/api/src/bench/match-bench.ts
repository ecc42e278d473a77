import 'reflect-metadata';
import { AccountService, Role } from '@chainmatch/auth';
import { SuggestionService } from '@chainmatch/matching';
import { SEARCH_ENGINE, SearchSyncRunner, type SearchEngine } from '@chainmatch/search';
import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { runWithDatabase } from '../cli/run-with-database.js';
import { createApi } from '../create-api.js';
import { countListings, seedDemo } from '../demo/demo-seeding.js';
import { formatSummary, timeEach } from './latency.js';

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 100_000);
const SAMPLE = 200;
const WARM_UP = 20;
const PASSWORD = randomUUID();
const QUERY = `query($id: ID!) { matchesForListing(listingId: $id, first: 10) { counterpartListingId score distanceKm
  explanation { factor value contribution sentenceZh } listing { id title enterprise { nameZh } } } }`;

/**
 * `npm run bench:match`: matchesForListing end to end over HTTP at 100k listings, next to the search
 * engine's own retrieval and the in-process suggestion for the same listings, measured in one run.
 */
await runWithDatabase(async (url, logger) => {
  process.env.MATCH_WORKER_IN_PROCESS = 'false'; // background refreshes would compete with the measurement
  if ((await countListings(url)) < LISTINGS) {
    await seedDemo(url, { listings: LISTINGS, enterprises: LISTINGS / 20, seed: 1, batchSize: 5000, reset: true }, (line) => logger.info(line));
  }
  const app = await createApi(url, logger.child({ level: 'warn' }));
  await app.listen(0, '127.0.0.1');
  try {
    await bringIndexUpToDate(app, logger);
    await measure(app, logger);
  } finally {
    await app.close();
  }
});

async function bringIndexUpToDate(app: INestApplication, logger: Logger): Promise<void> {
  const started = Date.now();
  logger.info('bringing the search index up to date (first run: indexes every listing)…');
  await app.get(SearchSyncRunner).worker.drainUntilIdle();
  logger.info(`search index up to date in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function measure(app: INestApplication, logger: Logger): Promise<void> {
  const listingIds = await sampleListings(app);
  const graphql = await signedInAsAdmin(app);
  const suggestions = app.get(SuggestionService);
  const engine = app.get<SearchEngine>(SEARCH_ENGINE);
  const sources = await suggestions.sources(listingIds);
  const [warm, measured] = [listingIds.slice(0, WARM_UP), listingIds.slice(WARM_UP)];
  await timeEach(warm, (id) => graphql(id));
  const retrieval = await timeEach(measured, (id) => engine.search(suggestions.retrievalFor(sources.get(id)!)));
  const inProcess = await timeEach(measured, (id) => suggestions.suggestFor(id, 10));
  const endToEnd = await timeEach(measured, (id) => graphql(id));
  logger.info([
    `matchesForListing at ${LISTINGS.toLocaleString('en')} listings (${measured.length} listings, one client):`,
    formatSummary('engine retrieval (baseline)', retrieval),
    formatSummary('suggestion in process', inProcess),
    formatSummary('GraphQL end to end', endToEnd),
    `end-to-end p95 / retrieval p95 = ${(endToEnd.p95 / retrieval.p95).toFixed(1)}×; target p95 ≤ 100 ms: ${endToEnd.p95 <= 100 ? 'met' : 'NOT met'}`,
  ].join('\n'));
}

/** The same active listings every run (ordered by a hash of their id). */
async function sampleListings(app: INestApplication): Promise<string[]> {
  const rows: { id: string }[] = await app.get<DataSource>(getDataSourceToken()).query(
    `SELECT id FROM listing WHERE status = 'ACTIVE' AND valid_until > now() ORDER BY md5(id::text) LIMIT $1`, [SAMPLE + WARM_UP],
  );
  return rows.map((row) => row.id);
}

/** An admin made for the run (admins may ask for any listing's suggestions), and a caller over HTTP. */
async function signedInAsAdmin(app: INestApplication): Promise<(listingId: string) => Promise<unknown>> {
  const email = `bench-${randomUUID()}@bench.chainmatch.local`;
  await app.get(AccountService).createAccount({ email, password: PASSWORD, displayName: 'bench', role: Role.ADMIN });
  const endpoint = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
  const post = async (query: string, variables: object, token?: string) => {
    const response = await fetch(endpoint, {
      method: 'POST', body: JSON.stringify({ query, variables }),
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    });
    const body = (await response.json()) as { data?: Record<string, { accessToken: string }>; errors?: unknown[] };
    if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };
  const { login } = await post(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: PASSWORD });
  return (listingId) => post(QUERY, { id: listingId }, login.accessToken);
}

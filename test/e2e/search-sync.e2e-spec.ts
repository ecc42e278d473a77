import { AppConfig } from '@chainmatch/config';
import { ListingExpirySweeper } from '@chainmatch/listings';
import {
  ListingDocumentRepository, ListingTermsRepository, SEARCH_ENGINE, SearchOutboxRepository, SearchRebuildService, SearchSyncWorker, SearchTextService,
  SearchVerifyService, syncSettings, type SearchEngine,
} from '@chainmatch/search';
import { execFileSync } from 'node:child_process';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { FlakySearchEngine } from '../../libs/search/src/testing/flaky-search-engine.js';
import { signUpMember, type Member } from '../support/accounts.js';
import { publishListing, SEARCH } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { waitUntil } from '../support/wait.js';

const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateListingInput!) { updateListing(id: $id, expectedVersion: $v, input: $input) { id version } }`;
const CLOSE = `mutation($id: ID!, $v: Int!) { closeListing(id: $id, expectedVersion: $v) { id } }`;

/**
 * The index follows the database through the change queue, whatever happens to the engine or the
 * workers. The API's own worker is off here: each test drives workers it builds, some of them with
 * an engine that fails on demand.
 */
describe('search index sync', () => {
  let api: TestApi;
  let member: Member;
  let engine: SearchEngine;
  const queued = async (ids?: string[]) =>
    (await api.sql(`SELECT count(*)::int AS n FROM search_outbox ${ids ? 'WHERE listing_id = ANY($1::uuid[])' : ''}`, ids ? [ids] : [])).at(0)!.n;
  const worker = (target: SearchEngine, dataSource = api.app.get(DataSource)) => new SearchSyncWorker(
    dataSource, new SearchOutboxRepository(dataSource), new ListingDocumentRepository(dataSource), target, api.app.get(ListingTermsRepository),
    syncSettings(api.app.get(AppConfig)));
  const verify = () => api.app.get(SearchVerifyService).verify();
  const noDrift = { missing: [], extra: [], stale: [], pending: 0 };
  const searchIds = async (input: Record<string, unknown>) =>
    (await api.graphql.data(SEARCH, { input, first: 100 })).searchListings.edges.map((e: any) => e.node.id);
  const searchTotal = async (input: Record<string, unknown>) => (await api.graphql.data(SEARCH, { input, first: 0 })).searchListings.totalCount;

  /** Listings written straight into the table, as a data import or the demo loader does. */
  const insertListings = async (count: number, title = '批量导入的封装测试产能'): Promise<string[]> =>
    (await api.sql(
      `INSERT INTO listing (enterprise_id, kind, status, title, description, segment_id, chain_id, county_adcode, city_adcode,
         province_adcode, lat, lng, valid_from, valid_until, published_at)
       SELECT $1, 'SUPPLY', 'ACTIVE', $2 || ' ' || g, '批量导入，用于检验索引同步。', 'ic.packaging', 'ic', '320506', '320500', '320000',
         31.26, 120.63, now(), now() + interval '30 days', now()
       FROM generate_series(1, $3) AS g RETURNING id`, [member.enterpriseId, title, count])).map((row) => row.id);

  beforeAll(async () => {
    api = await startTestApi({
      env: {
        SEARCH_WORKER_IN_PROCESS: 'false', SEARCH_SYNC_BATCH_SIZE: '40', SEARCH_SYNC_RETRY_BASE_MS: '10', SEARCH_SYNC_RETRY_MAX_MS: '40',
        SEARCH_SYNC_LEASE_MS: '1500', MUTATIONS_MAX: '100000',
      },
    });
    member = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    engine = api.app.get(SEARCH_ENGINE);
  });
  afterAll(() => api.close());

  describe('change capture', () => {
    it('queues a change in the writing transaction, and nothing when it rolls back', async () => {
      const [id] = await insertListings(1);
      expect(await queued([id])).toBe(1);
      await worker(engine).drainUntilIdle();
      expect(await queued()).toBe(0);
      await api.sql(`BEGIN; UPDATE listing SET title = 'never committed' WHERE id = '${id}'; ROLLBACK`);
      expect(await queued()).toBe(0);
    });

    it('coalesces a burst of changes to one listing into one queued change', async () => {
      const [id] = await insertListings(1);
      for (let i = 0; i < 25; i++) await api.sql(`UPDATE listing SET title = $2, version = version + 1 WHERE id = $1`, [id, `改名第${i}次的封装测试产能`]);
      expect(await queued([id])).toBe(1);
      expect(await worker(engine).drainUntilIdle()).toBe(1);
      expect(await searchIds({ text: '改名第24次' })).toEqual([id]);
    });

    it('follows every write path: API, raw SQL, the expiry sweeper, enterprise renames and verification, deletes', async () => {
      const viaApi = (await publishListing(member, { title: '经由接口发布的引线框架' })).id;
      const [viaSql, expiring, deleted] = await insertListings(3, '直接写入的引线框架');
      await api.sql(`UPDATE listing SET valid_from = now() - interval '2 days', valid_until = now() - interval '1 day' WHERE id = $1`, [expiring]);
      await api.app.get(ListingExpirySweeper).sweep();
      await api.sql(`DELETE FROM listing WHERE id = $1`, [deleted]);
      await api.sql(`UPDATE enterprise SET name_zh = '更名后的导线企业', verified_at = now() WHERE id = $1`, [member.enterpriseId]);
      await worker(engine).drainUntilIdle();
      expect((await searchIds({ text: '引线框架' })).sort()).toEqual([viaApi, viaSql].sort());
      // The enterprise's name is in every document (verify compares whole documents) but finds nothing by itself.
      expect((await searchIds({ text: '引线框架', verifiedOnly: true })).sort()).toEqual([viaApi, viaSql].sort());
      expect(await verify()).toMatchObject(noDrift);
    });

    it('stores what matching scores a listing by as it indexes it, and forgets it when the listing leaves the index', async () => {
      const terms = async (id: string) =>
        (await api.sql(`SELECT title, keywords, description, incidental, products FROM search_listing_terms WHERE listing_id = $1`, [id]))[0];
      const offer = await publishListing(member, { title: '供应磷酸铁锂正极材料', keywords: ['磷酸铁锂', '钕铁硼磁钢'], description: '压实密度2.6，型号LFP-S26。' });
      const need = await publishListing(member, { kind: 'DEMAND', title: '采购磷酸铁锂正极材料，每月200吨', keywords: ['正极材料'] });
      expect(await terms(offer.id)).toBeUndefined();
      await worker(engine).drainUntilIdle();
      // The offer's keys by field: a keyword nothing else in the listing says is kept apart.
      expect(await terms(offer.id)).toEqual({
        title: ['@g:nev.lfp', '@u:nev.cathode', '磷酸铁锂正极材料'], keywords: ['@g:nev.lfp', '@u:nev.cathode', '磷酸铁锂'], description: ['@g:nev.lfp', '@u:nev.cathode', 's26'],
        incidental: ['@g:new_materials.ndfeb', '@u:new_materials.re-magnet', '钕铁硼磁钢'], products: [],
      });
      // The need's products, trade and time words and amounts left out.
      expect((await terms(need.id)).products).toEqual([
        { tokens: ['磷酸铁锂正极材料'], groupIds: ['nev.lfp'], role: 'HEAD' }, { tokens: ['吨'], groupIds: [], role: 'MAIN' },
        { tokens: ['正极材料'], groupIds: ['nev.cathode'], role: 'KEYWORD' },
      ]);
      await member.graphql.data(CLOSE, { id: offer.id, v: offer.version });
      await worker(engine).drainUntilIdle();
      expect(await terms(offer.id)).toBeUndefined();
    });

    it('catches up with an enterprise renamed while one of its listings was being inserted and indexed', async () => {
      const rename = new pg.Client({ connectionString: api.databaseUrl });
      await rename.connect();
      await rename.query('BEGIN');
      await rename.query(`UPDATE enterprise SET name_zh = '并发改名的陶瓷基板企业' WHERE id = $1`, [member.enterpriseId]);
      const [listing] = await insertListings(1, '并发写入的陶瓷基板'); // not blocked by the uncommitted rename
      await worker(engine).drainUntilIdle(); // indexed with the name of before the rename
      await rename.query('COMMIT');
      await rename.end();
      await worker(engine).drainUntilIdle();
      expect(await searchIds({ text: '陶瓷基板' })).toContain(listing);
      expect(await verify()).toMatchObject(noDrift);
    });
  });

  it('accepts every write while the engine is down, then converges to exactly the database', async () => {
    const flaky = new FlakySearchEngine(engine);
    flaky.set('down');
    const drainer = worker(flaky);
    const created: { id: string; version: number }[] = [];
    const started = Date.now();
    for (let i = 0; i < 60; i++) {
      created.push(await publishListing(member, { title: `停机期间发布的键合丝 ${i}`, keywords: ['键合丝'] }));
      if (i % 10 === 0) expect((await drainer.drainOnce()).failed || (await queued()) === 0).toBe(true);
    }
    const imported = await insertListings(200, '停机期间导入的键合丝');
    for (const listing of created.slice(0, 20)) {
      await member.graphql.data(UPDATE, { id: listing.id, v: listing.version, input: { title: `停机期间改过的焊线 ${listing.id.slice(0, 8)}` } });
    }
    for (const listing of created.slice(20, 35)) await member.graphql.data(CLOSE, { id: listing.id, v: listing.version });
    await api.sql(`UPDATE listing SET status = 'PAUSED', version = version + 1 WHERE id = ANY($1::uuid[])`, [imported.slice(0, 30)]);
    const writeSeconds = (Date.now() - started) / 1000;

    expect(await drainer.drainOnce()).toMatchObject({ failed: true });
    expect(flaky.refused).toBeGreaterThan(1);
    expect((await api.app.get(SearchOutboxRepository).backlog()).failing).toBeGreaterThan(0);
    expect(await queued()).toBeGreaterThanOrEqual(260);
    expect(writeSeconds).toBeLessThan(30); // no write waited for the engine

    flaky.set('none');
    await new Promise((resolve) => setTimeout(resolve, 60)); // the longest backoff configured here
    await drainer.drainUntilIdle();
    expect(await queued()).toBe(0);
    expect(await verify()).toMatchObject(noDrift);
    // A full page of strict matches: nothing relaxed in.
    expect((await api.graphql.data(SEARCH, { input: { text: '停机期间改过的焊线' }, first: 20 })).searchListings).toMatchObject({ totalCount: 20, droppedTerms: [] });
    expect(await searchTotal({ text: '键合丝' })).toBe(60 - 15 + 200 - 30); // the renamed ones keep the keyword
  });

  it('recovers the batch of a worker that dies mid-drain (simulated: its engine call never returns, then its connections close)', async () => {
    const ids = await insertListings(30, '工作进程中途退出时的塑封料');
    const dying = new FlakySearchEngine(engine);
    dying.set('hang');
    const otherProcess = await new DataSource(dataSourceOptions(api.databaseUrl)).initialize();
    const doomed = worker(dying, otherProcess);
    void doomed.drainOnce().catch(() => undefined); // claims a batch, then hangs in the engine call
    await waitUntil(async () => (await api.sql(`SELECT count(*)::int AS n FROM search_outbox WHERE claimed_by = $1`, [doomed.id]))[0].n > 0);
    await otherProcess.destroy(); // the process is gone: its connections (and its shared sync lock) with it

    const survivor = worker(engine);
    await survivor.drainUntilIdle();
    expect(await queued(ids)).toBeGreaterThan(0); // still leased to the dead worker
    await new Promise((resolve) => setTimeout(resolve, 1600)); // SEARCH_SYNC_LEASE_MS
    await survivor.drainUntilIdle();
    expect(await queued()).toBe(0);
    expect(await verify()).toMatchObject(noDrift);
    expect(await searchIds({ text: '中途退出' })).toHaveLength(30);
  });

  it('indexes every change exactly as the database has it with two workers draining at once', async () => {
    const ids = await insertListings(120, '双工作进程同步的环氧塑封料');
    const [first, second] = [worker(engine), worker(engine)];
    const writer = (async () => {
      for (let round = 0; round < 15; round++) {
        await api.sql(`UPDATE listing SET title = $2 || ' ' || left(id::text, 8), version = version + 1 WHERE id = ANY($1::uuid[])`,
          [ids.filter((_, i) => i % 3 === round % 3), `第${round}轮更新的环氧塑封料`]);
        await api.sql(`UPDATE listing SET status = CASE WHEN status = 'ACTIVE' THEN 'PAUSED'::listing_status ELSE 'ACTIVE' END,
          version = version + 1 WHERE id = ANY($1::uuid[])`, [ids.slice(round * 4, round * 4 + 4)]);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const drain = async (w: SearchSyncWorker) => {
      let written = 0;
      for (let i = 0; i < 40; i++) written += ((outcome) => outcome.upserted + outcome.deleted)(await w.drainOnce());
      return written;
    };
    const [, firstWrote, secondWrote] = await Promise.all([writer, drain(first), drain(second)]);
    await Promise.all([first.drainUntilIdle(), second.drainUntilIdle()]);
    expect(firstWrote).toBeGreaterThan(0);
    expect(secondWrote).toBeGreaterThan(0);
    expect(await queued()).toBe(0);
    expect(await verify()).toMatchObject(noDrift);
  });

  describe('verify and rebuild', () => {
    it('reports drift made behind the worker\'s back, and a rebuild repairs it', async () => {
      const [kept, removed] = await insertListings(2, '用于检验漂移的导电胶');
      await worker(engine).drainUntilIdle();
      await engine.delete([kept]);
      await engine.upsert([{ ...(await api.app.get(ListingDocumentRepository).searchable([removed]))[0], title: '被篡改的标题' }]);
      await api.sql(`DELETE FROM search_listing_terms WHERE listing_id = $1`, [kept]);
      const drift = await verify();
      expect(drift).toMatchObject({ missing: [kept], stale: [removed], extra: [] });

      const report = await api.app.get(SearchRebuildService).rebuild();
      expect(report!.documents).toBe(drift.expected);
      expect(await verify()).toMatchObject(noDrift);
      const [{ stored }] = await api.sql(`SELECT count(*)::int AS stored FROM search_listing_terms`);
      expect(stored).toBe(drift.expected); // every searchable listing's scoring terms, rewritten
    });

    it('brings the facts table (synced in place, not refilled) back to the listings', async () => {
      const [moved, gone, lost] = await insertListings(3, '用于检验事实表的导电银浆');
      await worker(engine).drainUntilIdle();
      const facts = (id: string) => api.sql(`SELECT city, lat, lng, verified FROM search_listing WHERE listing_id = $1`, [id]);
      const synced = await facts(moved);
      expect(synced).toEqual([{ city: 320500, lat: 31.26, lng: 120.63, verified: expect.any(Boolean) }]);
      expect(await facts(lost)).toEqual(synced);
      await api.sql(`UPDATE search_listing SET city = 310100, lat = 31.23, lng = 121.47, verified = true WHERE listing_id = $1`, [moved]);
      await api.sql(`DELETE FROM search_listing WHERE listing_id = $1`, [lost]);
      await api.sql(`UPDATE listing SET status = 'CLOSED' WHERE id = $1`, [gone]);
      await api.sql(`DELETE FROM search_outbox WHERE listing_id = $1`, [gone]); // the change is lost: the index still holds the listing

      await api.app.get(SearchRebuildService).rebuild();
      expect(await facts(moved)).toEqual(synced);
      expect(await facts(lost)).toEqual(synced);
      expect(await facts(gone)).toEqual([]);
      const [{ extra }] = await api.sql(`SELECT count(*)::int AS extra FROM search_listing f
        WHERE NOT EXISTS (SELECT 1 FROM listing l WHERE l.id = f.listing_id AND l.status = 'ACTIVE')`);
      expect(extra).toBe(0);
    });

    it('stores in a rebuild (COPY) exactly what the sync worker stores (statements), whatever the text holds', async () => {
      const ids = await insertListings(3, '含\t制表符、换行\r\n和反斜杠\\N的"引号"标题 {a,b}');
      await api.sql(`UPDATE listing SET keywords = ARRAY['\\N', 'a,b', '{x}', 'back\\slash', 'tab\tand "quote"', ''], description = E'line\\none\\\\two\\tthree'
        WHERE id = $1`, [ids[0]]);
      await api.sql(`UPDATE listing SET kind = 'DEMAND', lat = NULL, lng = NULL, keywords = ARRAY['QFN封装', '引线框架'] WHERE id = $1`, [ids[1]]);
      await worker(engine).drainUntilIdle();
      const stored = () => api.sql(`SELECT
          (SELECT json_agg(m ORDER BY listing_id) FROM search_listing_match m WHERE listing_id = ANY($1::uuid[])) AS match,
          (SELECT json_agg(x ORDER BY listing_id) FROM search_listing_lexicon x WHERE listing_id = ANY($1::uuid[])) AS lexicon,
          (SELECT json_agg(t ORDER BY listing_id) FROM search_listing_text t WHERE listing_id = ANY($1::uuid[])) AS text,
          (SELECT json_agg(s ORDER BY listing_id) FROM search_listing_terms s WHERE listing_id = ANY($1::uuid[])) AS terms`, [ids]);
      const synced = await stored();
      expect(synced[0].text.flatMap((row: { keywords: string[] }) => row.keywords)).toContain('tab\tand "quote"');
      expect(synced[0].terms).toHaveLength(3);

      await api.app.get(SearchRebuildService).rebuild();
      expect(await stored()).toEqual(synced);
      expect(await verify()).toMatchObject(noDrift);
    });

    it('rebuilds alike with the analysis in worker threads (the built command) and in this process', async () => {
      await insertListings(3, '磷酸铁锂正极材料 LFP cathode');
      await api.sql(`UPDATE listing SET kind = 'DEMAND', keywords = ARRAY['正极材料', 'LFP'] WHERE title LIKE '磷酸铁锂正极材料%2'`);
      // What the engine tables and the scoring terms hold, row by row.
      const stored = () => api.sql(`SELECT
          (SELECT json_agg(m ORDER BY listing_id) FROM (SELECT listing_id, rank_tsv::text, tsv::text FROM search_listing_match) m) AS match,
          (SELECT json_agg(x ORDER BY listing_id) FROM (SELECT listing_id, lexicon_tsv::text FROM search_listing_lexicon) x) AS lexicon,
          (SELECT json_agg(t ORDER BY listing_id) FROM search_listing_terms t) AS terms,
          (SELECT array_agg(term ORDER BY term) FROM search_term) AS words`);
      await api.app.get(SearchRebuildService).rebuild(); // in this process: the test runner has no compiled worker at hand
      const inProcess = await stored();
      execFileSync(process.execPath, ['apps/api/build-api.mjs'], { stdio: 'pipe' });
      execFileSync(process.execPath, ['dist/apps/api/src/cli/index-rebuild.js'], { stdio: 'pipe', env: { ...process.env, DATABASE_URL: api.databaseUrl, LOG_LEVEL: 'warn' } });
      expect(await stored()).toEqual(inProcess);
      expect(inProcess[0].terms.length).toBeGreaterThanOrEqual(3);
    });

    it('gives back every connection of a rebuild that cannot begin: nothing is left open, and the next rebuild runs', async () => {
      // The scoring terms' half cannot begin (its database connection is gone), the engine's half can:
      // the engine's three loads, each a connection in a transaction, are rolled back and released.
      const gone = new DataSource(dataSourceOptions(api.databaseUrl)); // never connected: every statement fails
      const rebuild = new SearchRebuildService(
        api.app.get(DataSource), engine, api.app.get(ListingDocumentRepository), new ListingTermsRepository(gone, api.app.get(SearchTextService)));
      await expect(rebuild.rebuild()).rejects.toThrow();
      expect(await api.sql(`SELECT state, query FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'chainmatch-search' AND state LIKE 'idle in transaction%'`)).toEqual([]);
      // A load left open would hold its fresh table: the next rebuild, which drops it first, would wait for ever.
      await insertListings(2, '重建失败之后的导电胶');
      await expect(api.app.get(SearchRebuildService).rebuild()).resolves.toMatchObject({ documents: expect.any(Number) });
      expect(await verify()).toMatchObject(noDrift);
    });

    it('rebuilds on request after listings are truncated (TRUNCATE fires no row triggers)', async () => {
      await insertListings(3, '截断前的最后几条');
      await api.sql(`TRUNCATE listing CASCADE`);
      const [{ n }] = await api.sql(`SELECT count(*)::int AS n FROM search_rebuild_request`);
      expect(n).toBe(1);
      expect(await queued()).toBe(0);
      await api.app.get(SearchRebuildService).rebuild();
      expect(await engine.count()).toBe(0);
      expect(await api.sql(`SELECT listing_id FROM search_listing_terms`)).toEqual([]); // pruned with the listings
      expect(await api.sql(`SELECT * FROM search_rebuild_request`)).toEqual([]);
    });
  });
});

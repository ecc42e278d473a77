import { SEARCH_ENGINE, SearchTextService, type ListingDocument, type SearchEngine, type SearchRequest } from '@chainmatch/search';
import { cellCover } from '../../libs/search/src/postgres/pg-geo-sql.js';
import { LEXICON_SOURCE, textSearchSql, textSourceOf, WORD_SOURCE } from '../../libs/search/src/postgres/pg-search-sql.js';
import { pgTermFrequencies } from '../../libs/search/src/postgres/pg-term-frequency.js';
import { pgTerms } from '../../libs/search/src/postgres/pg-text-query.js';
import type { SqlRunner } from '../../libs/search/src/postgres/search-pool.js';
import { contractDocument, contractFixtures, PLACES } from '../../libs/search/src/testing/contract-documents.js';
import { describeSearchEngineContract } from '../../libs/search/src/testing/search-engine.contract.js';
import { describeSearchRelevanceContract, relevanceFixtures } from '../../libs/search/src/testing/search-relevance.contract.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

// The embedded engine, as the API configures it, on a database of its own (no listings: the
// contract writes documents straight into the engine).
async function startEngine() {
  const api = await startTestApi({ env: { SEARCH_ENGINE: 'postgres', SEARCH_WORKER_IN_PROCESS: 'false' } });
  return { engine: api.app.get<SearchEngine>(SEARCH_ENGINE), close: () => api.close() };
}

describeSearchEngineContract('postgres', startEngine);
describeSearchRelevanceContract('postgres', startEngine);

describe('PostgreSQL engine: a search of lexicon terms reads the lexicon table and finds what the table of every word finds', () => {
  let api: TestApi;
  const QUERIES = ['封装测试', '磷酸铁锂', 'LFP cathode', '锂电池隔膜', '减速器', '机器人 减速器', '谐波减速器 锂电池隔膜', 'strain wave gear', '阿托伐他汀钙原料药', '正极材料'];
  const REQUESTS: Partial<SearchRequest>[] = [
    {}, { facets: true }, { filters: { kind: 'SUPPLY', chainIds: ['nev', 'robotics'] } }, { sort: 'NEWEST', offset: 1, limit: 3 },
    { filters: { near: { ...PLACES.suzhou.location, radiusKm: 150 } }, sort: 'DISTANCE', facets: true },
  ];

  beforeAll(async () => {
    api = await startTestApi({ env: { SEARCH_ENGINE: 'postgres', SEARCH_WORKER_IN_PROCESS: 'false' } });
    await api.app.get<SearchEngine>(SEARCH_ENGINE).upsert([...Object.values(contractFixtures()), ...Object.values(relevanceFixtures())]);
  });
  afterAll(() => api?.close());

  it('gives the same totals, pages, scores and facets from both tables, all terms required or some dropped', async () => {
    const text = api.app.get(SearchTextService);
    let compared = 0;
    for (const query of QUERIES) {
      const terms = await pgTerms(text.plan(query), async () => new Map());
      expect(textSourceOf(terms)).toBe(LEXICON_SOURCE);
      for (const required of [terms.map((_, i) => i), [0]]) {
        for (const request of REQUESTS) {
          const full: SearchRequest = { filters: {}, sort: 'RELEVANCE', offset: 0, limit: 20, ...request };
          const [lexicon, words] = await Promise.all([LEXICON_SOURCE, WORD_SOURCE].map((source) => {
            const sql = textSearchSql(full, { terms, required, excludeIds: [], source });
            return api.sql(sql.text, sql.values);
          }));
          expect({ query, required, request, rows: lexicon }).toEqual({ query, required, request, rows: words });
          if ((lexicon[0].total as number) > 0) compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThanOrEqual(60);
  });

  it('of two equal terms relaxes the one its statistics say more listings hold first, read from one catalogue row', async () => {
    const engine = api.app.get<SearchEngine>(SEARCH_ENGINE);
    const text = api.app.get(SearchTextService);
    const query = '机器人 锂电池 减速器';
    const common = (title: string, segment: Partial<ListingDocument>, n: number) =>
      Array.from({ length: n }, (_, i) => contractDocument({ title: `${title} ${i + 1}型`, ...segment, description: '批量供应。' }));
    const relaxed = async () => {
      await api.sql('ANALYZE search_listing_match');
      const frequencies = await pgTermFrequencies(api.sql as SqlRunner, await pgTerms(text.plan(query), async () => new Map()));
      return { frequencies, dropped: (await engine.search({ text: query, filters: {}, sort: 'RELEVANCE', offset: 0, limit: 20 })).droppedTerms };
    };
    await engine.upsert(common('动力锂电池', { chainId: 'nev', segmentId: 'nev.battery' }, 30));
    const batteries = await relaxed();
    expect(batteries.frequencies[1]).toBeGreaterThan(batteries.frequencies[0]!);
    // 锂电池 dropped first finds the robot reducers (机器人 + 减速器): dropping 机器人 as well is not needed.
    expect(batteries.dropped).toEqual(['锂电池']);
    await engine.upsert(common('搬运机器人', { chainId: 'robotics', segmentId: 'robotics.body' }, 60));
    const robots = await relaxed();
    expect(robots.frequencies[0]).toBeGreaterThan(robots.frequencies[1]!);
    // 机器人 dropped first finds nothing (锂电池 + 减速器): 锂电池 goes next.
    expect(robots.dropped).toEqual(['机器人', '锂电池']);
  });

  it('covers a box with grid cells that hold every point of it, as the database numbers them', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const boxes = Array.from({ length: 40 }, () => {
      const [lat, lng, half] = [27 + random() * 9, 114 + random() * 9, 0.005 + random() * random() * 1.5];
      return { south: lat - half, north: lat + half, west: lng - half * 1.2, east: lng + half * 1.2 };
    });
    for (const box of boxes) {
      const cover = cellCover(box)!;
      // Corners, edges and inner points, including points on cell borders of the chosen grid.
      const points = [[box.south, box.west], [box.north, box.east], [box.south, box.east], [box.north, box.west],
        ...Array.from({ length: 10 }, () => [box.south + random() * (box.north - box.south), box.west + random() * (box.east - box.west)])];
      const rows = await api.sql<{ inside: boolean }>(
        `SELECT search_geo_cells(p.lat, p.lng) && $3::bigint[] AS inside FROM unnest($1::float8[], $2::float8[]) AS p(lat, lng)`,
        [points.map(([lat]) => lat), points.map(([, lng]) => lng), cover]);
      expect(rows.every((row) => row.inside)).toBe(true);
    }
  });
});

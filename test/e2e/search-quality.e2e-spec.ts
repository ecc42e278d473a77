import { SEARCH_ENGINE, type ListingDocument, type SearchEngine } from '@chainmatch/search';
import { contractDocument } from '../../libs/search/src/testing/contract-documents.js';
import { QUALITY_CORPUS, QUALITY_QUERIES } from '../fixtures/search-quality.fixtures.js';
import { ndcgAt, recallAt } from '../support/ranking-metrics.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** The API, the corpus and 57 searches: more than a test's usual 30 s on a busy machine. */
const SETUP_TIMEOUT_MS = 120_000;

/**
 * The search-quality check: the labelled queries over the fixed corpus (test/fixtures), through the
 * engine the API runs (PostgreSQL), with the application's lexicon. Prints and asserts the mean
 * nDCG@10 and recall@20, and that each example of the relevance issue has its listing in the top 3.
 */
describe('search quality on the labelled set', () => {
  let api: TestApi;
  let engine: SearchEngine;
  const keyOf = new Map<string, string>();
  const rankings = new Map<string, string[]>();

  beforeAll(async () => {
    api = await startTestApi({ env: { SEARCH_WORKER_IN_PROCESS: 'false' } });
    engine = api.app.get<SearchEngine>(SEARCH_ENGINE);
    const documents: ListingDocument[] = QUALITY_CORPUS.map((listing) => {
      const document = contractDocument({
        title: listing.title, description: listing.description, keywords: listing.keywords ?? [], kind: listing.kind ?? 'SUPPLY',
        chainId: listing.segmentId.split('.')[0], segmentId: listing.segmentId, segmentNameZh: listing.segmentId, segmentNameEn: listing.segmentId,
        ...(listing.enterprise && { enterpriseNameZh: listing.enterprise }),
      });
      keyOf.set(document.id, listing.key);
      return document;
    });
    await engine.upsert(documents);
    for (const query of QUALITY_QUERIES) {
      const { hits } = await engine.search({ text: query.text, filters: {}, sort: 'RELEVANCE', offset: 0, limit: 20 });
      rankings.set(query.text, hits.map((hit) => keyOf.get(hit.id)!));
    }
  }, SETUP_TIMEOUT_MS);
  afterAll(() => api?.close());

  it('has at least 40 labelled queries over the corpus', () => {
    expect(QUALITY_QUERIES.length).toBeGreaterThanOrEqual(40);
    const keys = new Set(QUALITY_CORPUS.map((listing) => listing.key));
    expect(QUALITY_QUERIES.flatMap((query) => Object.keys(query.relevant)).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('reaches mean nDCG@10 ≥ 0.85 and recall@20 ≥ 0.9', () => {
    const scored = QUALITY_QUERIES.map((query) => ({
      text: query.text, ndcg: ndcgAt(10, rankings.get(query.text)!, query.relevant), recall: recallAt(20, rankings.get(query.text)!, Object.keys(query.relevant)),
    }));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const ndcg = mean(scored.map((s) => s.ndcg));
    const recall = mean(scored.map((s) => s.recall));
    const weakest = scored.filter((s) => s.ndcg < 0.8 || s.recall < 1).map((s) => `  ${s.text}: nDCG@10 ${s.ndcg.toFixed(2)}, recall@20 ${s.recall.toFixed(2)}`);
    console.log([`search quality over ${scored.length} queries: mean nDCG@10 ${ndcg.toFixed(3)}, mean recall@20 ${recall.toFixed(3)}`, ...weakest].join('\n'));
    expect(ndcg).toBeGreaterThanOrEqual(0.85);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(QUALITY_QUERIES.filter((query) => query.top3).map((query) => [query.text, query.top3!]))(
    'the issue example %s finds %s in the top 3', (text, key) => {
      expect(rankings.get(text)!.slice(0, 3)).toContain(key);
    });
});

import type { Meilisearch } from 'meilisearch';
import { textTools } from '../testing/text-tools.js';
import { contractDocument } from '../testing/contract-documents.js';
import { MARK_END, MARK_START } from './meili-highlights.js';
import { MeilisearchEngine } from './meilisearch.engine.js';

/** Records what the engine asks of the client; writes answer with a task in the given status. */
function fakeClient(taskStatus = 'succeeded', totals: Record<string, number> = {}) {
  const calls: unknown[][] = [];
  let uid = 0;
  const task = (...call: unknown[]) => {
    calls.push(call);
    return { waitTask: async () => ({ uid: ++uid, status: taskStatus, error: taskStatus === 'failed' ? { message: 'boom' } : null }) };
  };
  const searchResponse = {
    hits: [{ id: 'a', _rankingScore: 0.8, _formatted: { title: `${MARK_START}芯片${MARK_END}供应`, keywords: [], description: 'x' } }],
    totalHits: 1,
    facetDistribution: { chainId: { ic: 1 }, kind: { SUPPLY: 1 } },
  };
  const index = (name: string) => ({
    addDocuments: (docs: unknown, options: unknown) => task('addDocuments', name, docs, options),
    deleteDocuments: (ids: unknown) => task('deleteDocuments', name, ids),
    updateSettings: (settings: unknown) => task('updateSettings', name, settings),
    getSettings: async () => ({}),
    search: async (q: unknown, params: unknown) => {
      calls.push(['search', name, q, params]);
      return searchResponse;
    },
  });
  const client = {
    index,
    getIndex: async (name: string) => index(name),
    createIndex: (name: string) => task('createIndex', name),
    swapIndexes: (swaps: unknown) => task('swapIndexes', swaps),
    deleteIndex: (name: string) => task('deleteIndex', name),
    deleteIndexIfExists: async (name: string) => calls.push(['deleteIndexIfExists', name]),
    health: async () => ({ status: 'available' }),
    multiSearch: async ({ queries }: { queries: { q: string }[] }) => {
      calls.push(['multiSearch', queries]);
      return { results: queries.map(({ q }) => ({ hits: [], totalHits: totals[q] ?? 0 })) };
    },
  };
  return { client: client as unknown as Meilisearch, calls };
}

const tools = textTools();
const engineWith = (client: Meilisearch) =>
  new MeilisearchEngine(client, () => ({ lexicon: tools.lexicon, dictionary: [] }), tools.plan, { indexUid: 'listings', taskTimeoutMs: 1000 });

describe('MeilisearchEngine (against a recording client)', () => {
  it('sends the request: text, escaped filters, facets, sort, page, highlights, all words required', async () => {
    const { client, calls } = fakeClient();
    const result = await engineWith(client).search({
      text: '芯片', filters: { chainIds: ['ic'] }, sort: 'NEWEST', offset: 20, limit: 10, facets: true, now: new Date(5),
    });
    const [, index, q, params] = calls[0] as [string, string, string, Record<string, unknown>];
    expect({ index, q }).toEqual({ index: 'listings', q: '芯片' });
    expect(params).toMatchObject({
      filter: ['validUntil > 5', 'chainId IN ["ic"]'], sort: ['createdAt:desc', 'id:desc'], page: 3, hitsPerPage: 10,
      facets: ['kind', 'chainId', 'segmentId', 'provinceAdcode', 'cityAdcode'], matchingStrategy: 'all', showRankingScore: true,
      highlightPreTag: MARK_START, highlightPostTag: MARK_END,
    });
    expect(result.hits).toEqual([{ id: 'a', score: 0.8, highlights: [{ field: 'title', text: '芯片供应', ranges: [{ start: 0, length: 2 }] }] }]);
    expect(result.total).toBe(1);
    expect(result.facets).toMatchObject({ chain: [{ value: 'ic', count: 1 }], kind: [{ value: 'SUPPLY', count: 1 }], city: [] });
  });

  it('relaxes as every engine does: the lightest term dropped, the ids already shown excluded, the dropped term reported', async () => {
    const { client, calls } = fakeClient();
    const result = await engineWith(client).search({ text: '磷酸铁锂 材料', filters: {}, sort: 'RELEVANCE', offset: 0, limit: 20 });
    const queries = calls.filter((call) => call[0] === 'search').map((call) => [call[2], (call[3] as { filter: string[] }).filter.at(-1)]);
    expect(queries).toEqual([['磷酸铁锂 材料', expect.stringMatching(/^validUntil/)], ['磷酸铁锂', 'id NOT IN ["a"]']]);
    expect(result.droppedTerms).toEqual(['材料']);
    expect(result.hits.map((hit) => hit.id)).toEqual(['a', 'a']);
  });

  it('drops the product head last and, of equal terms, the one more documents hold first, counted in one multi-search', async () => {
    const { client, calls } = fakeClient('succeeded', { 机器人: 40, 芯片: 900, 减速器: 19 });
    const result = await engineWith(client).search({ text: '机器人 芯片 减速器', filters: {}, sort: 'RELEVANCE', offset: 0, limit: 20 });
    const counted = calls.filter((call) => call[0] === 'multiSearch').map((call) => (call[1] as { q: string; hitsPerPage: number }[]).map(({ q, hitsPerPage }) => [q, hitsPerPage]));
    expect(counted).toEqual([[['机器人', 0], ['芯片', 0], ['减速器', 0]]]);
    expect(result.droppedTerms).toEqual(['芯片', '机器人']);
    expect(calls.filter((call) => call[0] === 'search').map((call) => call[2])).toEqual(['机器人 芯片 减速器', '机器人 减速器', '减速器']);
  });

  it('writes mapped documents and returns once the server applied them', async () => {
    const { client, calls } = fakeClient();
    const doc = contractDocument({ title: 't' });
    await engineWith(client).upsert([doc]);
    expect(calls[0]).toEqual(['addDocuments', 'listings', [expect.objectContaining({ id: doc.id, _geo: doc.location })], { primaryKey: 'id' }]);
  });

  it('fails a write the server did not apply, so the worker retries it', async () => {
    const { client } = fakeClient('failed');
    await expect(engineWith(client).delete(['a'])).rejects.toThrow(/failed: boom/);
  });

  it('rebuilds into a new index and swaps it with the live one', async () => {
    const { client, calls } = fakeClient();
    const rebuild = await engineWith(client).beginRebuild();
    await rebuild.upsert([contractDocument({ title: 't' })]);
    await rebuild.commit();
    const fresh = calls[0][1] as string;
    expect(fresh).toMatch(/^listings_rebuild_\d+$/);
    expect(calls.map((call) => call[0])).toEqual(['createIndex', 'updateSettings', 'addDocuments', 'swapIndexes', 'deleteIndex']);
    expect(calls[3][1]).toEqual([{ indexes: ['listings', fresh], rename: false }]);
  });
});

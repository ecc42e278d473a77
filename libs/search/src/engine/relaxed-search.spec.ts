import type { QueryPlan } from '../text/query-plan.js';
import { searchRelaxing, type StrictSearch } from './relaxed-search.js';
import type { SearchRequest } from './search-engine.port.js';

/** Listings as the set of query terms (by index) each one has; the strict search is the definition itself. */
const corpus: Record<string, number[]> = {
  a: [0, 1, 2], b: [0, 1], c: [0, 2], d: [0], e: [0], f: [0], g: [1, 2], h: [2],
};
const strict: StrictSearch = async ({ required, excludeIds, offset, limit }) => {
  const matches = Object.keys(corpus).filter((id) => required.every((term) => corpus[id].includes(term)) && !excludeIds.includes(id));
  return { hits: matches.slice(offset, offset + limit).map((id) => ({ id, score: 1, highlights: [] })), total: matches.length };
};
const term = (label: string, weight: number, head = false) => ({ label, query: label, weight, product: true, head, exact: [[label]], groupIds: [], typo: [], typoGroupIds: [], qualified: [] });
/** Term 0 weighs most, term 2 least: 2 is dropped first, then 1. */
const plan: QueryPlan = { terms: [term('磷酸铁锂', 3), term('储能', 1.2), term('材料', 0.3)], corrections: [] };
const request = (offset: number, limit: number): SearchRequest => ({ text: 'x', filters: {}, sort: 'RELEVANCE', offset, limit });
const ids = async (offset: number, limit: number) => (await searchRelaxing(plan, request(offset, limit), strict)).hits.map((hit) => hit.id);

describe('searchRelaxing', () => {
  it('stays strict when every term together fills a page', async () => {
    expect(await searchRelaxing(plan, request(0, 1), strict)).toMatchObject({ total: 1, droppedTerms: [], hits: [{ id: 'a' }] });
  });

  it('drops the lightest terms one by one until a page is full, fuller matches first', async () => {
    const result = await searchRelaxing(plan, request(0, 5), strict);
    expect(result.droppedTerms).toEqual(['材料', '储能']);
    expect(result.hits.map((hit) => hit.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(result.total).toBe(6);
  });

  it('pages across the levels without repeating or skipping a listing', async () => {
    expect([...(await ids(0, 5)), ...(await ids(5, 5))]).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('of equal terms drops the commonest in the index first, and asks how common they are only then', async () => {
    /** 机器人 and 伺服电机 weigh the same; the index holds 机器人 (term 0) in more listings. */
    const tied: QueryPlan = { terms: [term('机器人', 3), term('伺服电机', 3), term('减速器', 3, true)], corrections: [] };
    const asked: number[] = [];
    const frequencies = async () => {
      asked.push(1);
      return [5, 4, 2];
    };
    const result = await searchRelaxing(tied, request(0, 5), strict, frequencies);
    expect(result.droppedTerms).toEqual(['机器人', '伺服电机']);
    expect(asked).toHaveLength(1);
    await searchRelaxing(plan, request(0, 5), strict, frequencies);
    expect(asked).toHaveLength(1);
  });

  it('keeps every term when asked to', async () => {
    expect(await searchRelaxing(plan, { ...request(0, 5), matching: 'ALL' }, strict)).toMatchObject({ total: 1, droppedTerms: [] });
  });
});

import { relaxationOrder, relaxationTies, type QueryPlan, type TermFrequencies } from '../text/query-plan.js';
import type { SearchHit, SearchRequest, SearchResult } from './search-engine.port.js';

/** One strict search: listings with every `required` term (the others only rank), none of `excludeIds`. */
export type StrictSearch = (page: { required: number[]; excludeIds: string[]; offset: number; limit: number; facets: boolean }) => Promise<Omit<SearchResult, 'droppedTerms' | 'corrections'>>;

/** How common each of the plan's terms is in the engine's index (see TermFrequencies): asked only when terms tie. */
export type FrequencyLookup = () => Promise<TermFrequencies>;

/**
 * All terms first; when that finds fewer than a page, the lightest term is dropped (see
 * relaxationOrder: the product head last, of equal terms the commonest first, as the engine's
 * `frequencies` count them), again and again while one term remains, until a page is full.
 * Listings that matched more terms come first: each level lists only what the levels before it did
 * not, so the result is the strict matches, then those missing one term, and so on. The same for
 * every engine, which supplies the strict search and the frequencies.
 */
export async function searchRelaxing(plan: QueryPlan, request: SearchRequest, strict: StrictSearch, frequencies?: FrequencyLookup): Promise<SearchResult> {
  const corrections = plan.corrections.map(({ typed, word }) => ({ typed, word }));
  let required = plan.terms.map((_, i) => i);
  const page = (offset: number, limit: number, excludeIds: string[] = []) => strict({ required, excludeIds, offset, limit, facets: false });
  const first = await strict({ required, excludeIds: [], offset: request.offset, limit: request.limit, facets: request.facets ?? false });
  if (first.total >= request.limit || request.matching === 'ALL' || required.length <= 1) return { ...first, droppedTerms: [], corrections };

  let before: SearchHit[] = request.offset === 0 ? first.hits : (await page(0, request.limit)).hits;
  const dropped: number[] = [];
  const order = relaxationOrder(plan, frequencies && relaxationTies(plan) ? await frequencies() : []);
  for (const drop of order.slice(0, -1)) {
    dropped.push(drop);
    required = required.filter((i) => i !== drop);
    const excludeIds = before.map((hit) => hit.id);
    const skip = Math.max(0, request.offset - before.length);
    const level = await page(skip, request.limit - Math.max(0, before.length - request.offset), excludeIds);
    const total = before.length + level.total;
    if (total >= request.limit || required.length <= 1) {
      const facets = request.facets ? (await strict({ required, excludeIds: [], offset: 0, limit: 0, facets: true })).facets : undefined;
      const hits = [...before.slice(request.offset), ...level.hits].slice(0, request.limit);
      return { hits, total, ...(facets && { facets }), droppedTerms: dropped.map((i) => plan.terms[i].label), corrections };
    }
    before = [...before, ...(skip === 0 ? level.hits : (await page(0, request.limit, excludeIds)).hits)];
  }
  return { ...first, droppedTerms: [], corrections };
}

import { relaxationLevels, relaxationTies, type QueryPlan, type RelaxationLevel, type TermFrequencies } from '../text/query-plan.js';
import type { SearchHit, SearchRequest, SearchResult } from './search-engine.port.js';

/** One strict search: listings with every `required` term (the others only rank), none of `excludeIds`. */
export type StrictSearch = (page: { required: number[]; excludeIds: string[]; offset: number; limit: number; facets: boolean }) => Promise<Omit<SearchResult, 'droppedTerms' | 'corrections'>>;

/** How common each of the plan's terms is in the engine's index (see TermFrequencies): asked only when terms tie. */
export type FrequencyLookup = () => Promise<TermFrequencies>;

/** How an engine searches one plan's terms: the query's plan, or its broader reading when relaxing gets that far. */
export interface PlanSearch {
  strict: StrictSearch;
  frequencies?: FrequencyLookup;
}

export type PlanSearcher = (plan: QueryPlan) => PlanSearch | Promise<PlanSearch>;

interface Relaxed {
  level: RelaxationLevel;
  search: PlanSearch;
  hits: SearchHit[];
  total: number;
}

/**
 * All terms first; when that finds fewer than a page, the lightest term is dropped (see
 * relaxationOrder: the product head last, of equal terms the commonest first, as the engine's
 * `frequencies` count them), again and again while one term remains, until a page is full; then,
 * when the head is a narrower product named as a broader one and qualifying words (QueryPlan.broader),
 * the broader product without them. Listings that matched more come first: each level lists only
 * what the levels before it did not, so the result is the strict matches, then those missing one
 * term, and so on. The same for every engine, which says how it searches a plan.
 */
export async function searchRelaxing(plan: QueryPlan, request: SearchRequest, searcher: PlanSearcher): Promise<SearchResult> {
  const corrections = plan.corrections.map(({ typed, word }) => ({ typed, word }));
  const search = await searcher(plan);
  const all = plan.terms.map((_, i) => i);
  const first = await search.strict({ required: all, excludeIds: [], offset: request.offset, limit: request.limit, facets: request.facets ?? false });
  if (first.total >= request.limit || request.matching === 'ALL') return { ...first, droppedTerms: [], corrections };
  const strictHits = async () => (request.offset === 0 ? first.hits : (await search.strict({ required: all, excludeIds: [], offset: 0, limit: request.limit, facets: false })).hits);
  const relaxed = await relax(looserLevels(plan, search, searcher), request, strictHits);
  if (!relaxed) return { ...first, droppedTerms: [], corrections };
  const facets = request.facets ? (await relaxed.search.strict({ required: relaxed.level.required, excludeIds: [], offset: 0, limit: 0, facets: true })).facets : undefined;
  return { hits: relaxed.hits, total: relaxed.total, ...(facets && { facets }), droppedTerms: relaxed.level.dropped, corrections };
}

/** The levels past the strict one, each with the engine's search of its plan (the broader reading's asked for only when reached). */
async function* looserLevels(plan: QueryPlan, search: PlanSearch, searcher: PlanSearcher): AsyncGenerator<{ level: RelaxationLevel; search: PlanSearch }> {
  for (const level of relaxationLevels(plan, await tiedFrequencies(plan, search)).slice(1)) yield { level, search };
  if (!plan.broader) return;
  const broader = await searcher(plan.broader.plan);
  for (const level of relaxationLevels(plan.broader.plan, await tiedFrequencies(plan.broader.plan, broader), plan.broader.qualifiers)) yield { level, search: broader };
}

const tiedFrequencies = async (plan: QueryPlan, search: PlanSearch): Promise<TermFrequencies> => (search.frequencies && relaxationTies(plan) ? search.frequencies() : []);

/**
 * Searches level after level, each without the listings of the levels before, until a page is full or
 * no level is left. The result is the last level that found something: terms dropped by levels that
 * found nothing more were not needed to find any listing shown (and none at all is no relaxation).
 */
async function relax(levels: AsyncIterable<{ level: RelaxationLevel; search: PlanSearch }>, request: SearchRequest, strictHits: () => Promise<SearchHit[]>): Promise<Relaxed | undefined> {
  let before: SearchHit[] = [];
  let found = strictHits;
  let relaxed: Relaxed | undefined;
  for await (const { level, search } of levels) {
    before = [...before, ...(await found())];
    const page = (offset: number, limit: number, excludeIds: string[]) => search.strict({ required: level.required, excludeIds, offset, limit, facets: false });
    const excludeIds = before.map((hit) => hit.id);
    const skip = Math.max(0, request.offset - before.length);
    const matched = await page(skip, request.limit - Math.max(0, before.length - request.offset), excludeIds);
    if (matched.total > 0) relaxed = { level, search, hits: [...before.slice(request.offset), ...matched.hits].slice(0, request.limit), total: before.length + matched.total };
    if (before.length + matched.total >= request.limit) break;
    found = skip === 0 ? async () => matched.hits : async () => (await page(0, request.limit, excludeIds)).hits;
  }
  return relaxed;
}

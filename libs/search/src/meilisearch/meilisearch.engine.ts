import { MeilisearchApiError, type Index, type Meilisearch, type SearchParams, type Task } from 'meilisearch';
import type { DocumentFingerprint, ListingDocument } from '../engine/listing-document.js';
import {
  FACET_NAMES, type EngineHealth, type FacetCounts, type IndexRebuild, type SearchEngine, type SearchRequest, type SearchResult,
  type SettingsReport,
} from '../engine/search-engine.port.js';
import { searchRelaxing } from '../engine/relaxed-search.js';
import type { QueryPlan } from '../text/query-plan.js';
import { toMeiliDocument, type MeiliDocument } from './meili-document.js';
import { excludeFilter, meiliFilter, meiliSort } from './meili-filter.js';
import { highlightsFromFormatted, MARK_END, MARK_START } from './meili-highlights.js';
import { desiredSettings, MEILI_FACET_ATTRIBUTES, settingsDiff, type MeiliSettingsSource } from './meili-settings.js';

export interface MeiliEngineOptions {
  indexUid: string;
  /** How long to wait for the server to apply a write before the batch counts as failed. */
  taskTimeoutMs: number;
}

/**
 * Meilisearch behind the port: settings declared in code, documents mapped in meili-document.ts,
 * every filter value escaped (meili-filter.ts). A write returns only once the server has applied
 * it, so the sync worker never marks done a change that is not searchable yet.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch';

  constructor(
    private readonly client: Meilisearch,
    private readonly settingsSource: () => MeiliSettingsSource,
    private readonly planner: (text: string | undefined) => QueryPlan,
    private readonly options: MeiliEngineOptions,
  ) {}

  private get index(): Index<MeiliDocument> {
    return this.client.index<MeiliDocument>(this.options.indexUid);
  }

  async applySettings(): Promise<SettingsReport> {
    await this.ensureIndex(this.options.indexUid);
    const desired = desiredSettings(this.settingsSource());
    const changed = settingsDiff(await this.index.getSettings(), desired);
    if (changed.length > 0) await this.completed(this.index.updateSettings(desired).waitTask({ timeout: this.options.taskTimeoutMs * 10 }));
    return { changed };
  }

  async upsert(documents: ListingDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.completed(this.index.addDocuments(documents.map(toMeiliDocument), { primaryKey: 'id' }).waitTask({ timeout: this.options.taskTimeoutMs }));
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.completed(this.index.deleteDocuments(ids).waitTask({ timeout: this.options.taskTimeoutMs }));
  }

  /**
   * The query is planned as for every engine (lexicon terms, Chinese typos read by sound), then sent
   * as text — Meilisearch applies the lexicon's synonyms and its own English typo tolerance — with
   * every word required, relaxing term by term like the PostgreSQL engine (searchRelaxing, with
   * the same order of terms to drop). Not Meilisearch's own `last` or `frequency` matching
   * strategies: they ignore the lexicon's weights and the product head, and cannot say which terms
   * they dropped.
   */
  async search(request: SearchRequest): Promise<SearchResult> {
    const plan = this.planner(request.text);
    if (plan.terms.length === 0) {
      return { ...(await this.searchText(null, request, [], request.offset, request.limit, request.facets ?? false)), droppedTerms: [], corrections: [] };
    }
    return searchRelaxing(plan, request, (planned) => ({
      strict: ({ required, excludeIds, offset, limit, facets }) => this.searchText(required.map((i) => planned.terms[i].query).join(' '), request, excludeIds, offset, limit, facets),
      frequencies: () => this.termFrequencies(planned),
    }));
  }

  /** How many documents hold each term: one multi-search of counts (no hits), counted exactly up to maxTotalHits. */
  private async termFrequencies(plan: QueryPlan): Promise<number[]> {
    const queries = plan.terms.map((term) => ({ indexUid: this.options.indexUid, q: term.query, page: 1, hitsPerPage: 0, matchingStrategy: 'all' as const }));
    const { results } = await this.client.multiSearch({ queries });
    return results.map((result) => (result as { totalHits?: number }).totalHits ?? result.estimatedTotalHits ?? 0);
  }

  private async searchText(text: string | null, request: SearchRequest, excludeIds: string[], offset: number, limit: number, facets: boolean) {
    const params = this.searchParams({ ...request, offset, limit, facets }, text !== null, excludeIds);
    const response = await this.index.search(text, params);
    const hits = response.hits.map((hit) => ({
      id: hit.id,
      score: hit._rankingScore ?? 1,
      highlights: text !== null && !request.idsOnly ? highlightsFromFormatted(hit._formatted) : [],
    }));
    const counted = response as { totalHits?: number; estimatedTotalHits?: number };
    const total = counted.totalHits ?? counted.estimatedTotalHits ?? hits.length;
    return { hits, total, ...(facets && { facets: facetCountsOf(response.facetDistribution ?? {}) }) };
  }

  async count(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.client.health();
      return { engine: this.name, status: 'up' };
    } catch (error) {
      return { engine: this.name, status: 'down', detail: (error as Error).message };
    }
  }

  async *fingerprints(): AsyncGenerator<DocumentFingerprint[]> {
    const limit = 1000;
    for (let offset = 0; ; offset += limit) {
      const page = await this.index.getDocuments<Pick<MeiliDocument, 'id' | 'fingerprint'>>({ fields: ['id', 'fingerprint'], limit, offset });
      if (page.results.length > 0) yield page.results.map(({ id, fingerprint }) => ({ id, fingerprint }));
      if (page.results.length < limit) return;
    }
  }

  async beginRebuild(): Promise<IndexRebuild> {
    const live = this.options.indexUid;
    const fresh = `${live}_rebuild_${Date.now()}`;
    const wait = { timeout: this.options.taskTimeoutMs * 10 };
    await this.completed(this.client.createIndex(fresh, { primaryKey: 'id' }).waitTask(wait));
    await this.completed(this.client.index(fresh).updateSettings(desiredSettings(this.settingsSource())).waitTask(wait));
    return {
      upsert: async (documents) => {
        await this.completed(this.client.index(fresh).addDocuments(documents.map(toMeiliDocument), { primaryKey: 'id' }).waitTask(wait));
      },
      // Swapping is atomic on the server: searches see the old index or the new one.
      commit: async () => {
        await this.ensureIndex(live);
        await this.completed(this.client.swapIndexes([{ indexes: [live, fresh], rename: false }]).waitTask(wait));
        await this.completed(this.client.deleteIndex(fresh).waitTask(wait));
      },
      abort: async () => {
        await this.client.deleteIndexIfExists(fresh);
      },
    };
  }

  async close(): Promise<void> {
    // HTTP only: nothing to release.
  }

  private searchParams(request: SearchRequest, withText: boolean, excludeIds: string[]): SearchParams {
    return {
      filter: [...meiliFilter(request.filters, request.now ?? new Date()), ...excludeFilter(excludeIds)],
      sort: meiliSort(request),
      ...pagination(request),
      facets: request.facets ? Object.values(MEILI_FACET_ATTRIBUTES) : undefined,
      attributesToRetrieve: request.idsOnly ? ['id'] : ['id', 'title', 'description', 'keywords'],
      ...(withText && !request.idsOnly && {
        attributesToHighlight: ['title', 'description', 'keywords'],
        attributesToCrop: ['description'],
        cropLength: 40,
        cropMarker: '…',
        highlightPreTag: MARK_START,
        highlightPostTag: MARK_END,
      }),
      showRankingScore: true,
      // Every word of the (possibly relaxed) query must match, as in the PostgreSQL engine.
      matchingStrategy: 'all',
    };
  }

  private async ensureIndex(uid: string): Promise<void> {
    try {
      await this.client.getIndex(uid);
    } catch (error) {
      if (!(error instanceof MeilisearchApiError) || error.cause?.code !== 'index_not_found') throw error;
      await this.completed(this.client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: this.options.taskTimeoutMs * 10 }));
    }
  }

  /** A task the server did not complete is a failed write (the caller retries), not a silent loss. */
  private async completed(task: Promise<Task>): Promise<Task> {
    const done = await task;
    if (done.status !== 'succeeded') throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? 'no detail'}`);
    return done;
  }
}

/**
 * Page numbers where the offset allows (a page size that stays the same, as with cursors): then
 * Meilisearch counts every hit (totalHits, up to maxTotalHits) instead of estimating.
 */
function pagination({ offset, limit }: SearchRequest): Pick<SearchParams, 'offset' | 'limit' | 'page' | 'hitsPerPage'> {
  if (limit === 0) return { page: 1, hitsPerPage: 0 };
  return offset % limit === 0 ? { page: offset / limit + 1, hitsPerPage: limit } : { offset, limit };
}

function facetCountsOf(distribution: Record<string, Record<string, number>>): FacetCounts {
  const entries = FACET_NAMES.map((name) => {
    const counts = distribution[MEILI_FACET_ATTRIBUTES[name]] ?? {};
    const sorted = Object.entries(counts).map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    return [name, sorted];
  });
  return Object.fromEntries(entries) as FacetCounts;
}

import type { DocumentFingerprint, ListingDocument } from '../engine/listing-document.js';
import type {
  EngineHealth, IndexRebuild, SearchEngine, SearchHit, SearchRequest, SearchResult, SettingsReport,
} from '../engine/search-engine.port.js';
import { searchRelaxing, type PlanSearch, type StrictSearch } from '../engine/relaxed-search.js';
import type { QueryPlan } from '../text/query-plan.js';
import type { SearchTextService } from '../text/search-text.service.js';
import { deleteDocuments, documentBatch, LIVE_TABLES, PG_REBUILD_TASK, writeDocuments, writeTerms } from './pg-document-writer.js';
import { PgIndexRebuild } from './pg-index-rebuild.js';
import { facetCountsOf, highlightsOf, type FacetRow, type TextHitRow } from './pg-results.js';
import { browseSql, textSearchSql } from './pg-search-sql.js';
import { pgTermFrequencies } from './pg-term-frequency.js';
import { highlightTokens, pgTerms } from './pg-text-query.js';
import type { SearchPool } from './search-pool.js';

/** Trigram similarity from which an indexed word counts as the intended spelling of an unknown one. */
const TYPO_SIMILARITY = 0.45;

interface TextSearchRow {
  total: number;
  hits: TextHitRow[];
  facets: FacetRow[] | null;
}

/**
 * The embedded engine, in the application's own database: Chinese segmented by jieba, every word
 * and the filter values in one GIN-indexed vector, title and keywords in a small weighted vector
 * for ranking, facts for sorting, counting, facets and distance in a narrow table, typo tolerance
 * through a trigram index of the indexed words, synonyms applied to the query.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres';

  constructor(
    private readonly db: SearchPool,
    private readonly text: SearchTextService,
  ) {}

  /** The tables and indexes are the search migration's; nothing to compare at run time. */
  async applySettings(): Promise<SettingsReport> {
    return { changed: [] };
  }

  async upsert(documents: ListingDocument[]): Promise<void> {
    if (documents.length === 0) return;
    await this.db.transaction(async (query) => {
      const batch = documentBatch(documents, this.text);
      await writeDocuments(query, LIVE_TABLES, batch);
      await writeTerms(query, LIVE_TABLES.terms, batch.terms);
    });
  }

  async delete(ids: string[]): Promise<void> {
    if (ids.length > 0) await deleteDocuments(this.db.query, LIVE_TABLES, ids);
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    await this.text.refresh();
    const plan = this.text.plan(request.text);
    if (plan.terms.length === 0) return this.browse(request);
    return searchRelaxing(plan, request, (planned) => this.planSearch(planned, request));
  }

  /** The plan's terms as lexemes (typos looked up in the index), searched strictly and counted for relaxing. */
  private async planSearch(plan: QueryPlan, request: SearchRequest): Promise<PlanSearch> {
    const terms = await pgTerms(plan, (candidates) => this.corrections(candidates));
    // Matching's retrieval (idsOnly) shows no highlights: the tokens to mark are not worked out for it.
    const marked = request.idsOnly ? undefined : highlightTokens(plan, terms, this.text.vocabulary);
    const strict: StrictSearch = async ({ required, excludeIds, offset, limit, facets }) => {
      const sql = textSearchSql({ ...request, offset, limit, facets }, { terms, required, excludeIds });
      const [row] = await this.db.query<TextSearchRow>(sql.text, sql.values);
      const hits: SearchHit[] = row.hits.map((hit) => ({ id: hit.id, score: hit.score, highlights: marked ? highlightsOf(this.text.analyzer, hit, marked) : [] }));
      return { hits, total: row.total, ...(facets && { facets: facetCountsOf(row.facets ?? []) }) };
    };
    return { strict, frequencies: () => pgTermFrequencies(this.db.query, terms) };
  }

  async count(): Promise<number> {
    const [{ count }] = await this.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM search_listing`);
    return count;
  }

  async health(): Promise<EngineHealth> {
    try {
      await this.db.query(`SELECT 1 FROM search_listing LIMIT 1`);
      return { engine: this.name, status: 'up' };
    } catch (error) {
      return { engine: this.name, status: 'down', detail: (error as Error).message };
    }
  }

  async *fingerprints(): AsyncGenerator<DocumentFingerprint[]> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await this.db.query<DocumentFingerprint>(
        `SELECT listing_id AS id, fingerprint FROM search_listing_text WHERE listing_id > $1 ORDER BY listing_id LIMIT 5000`, [after]);
      if (rows.length === 0) return;
      yield rows;
      after = rows[rows.length - 1].id;
    }
  }

  beginRebuild(): Promise<IndexRebuild> {
    return PgIndexRebuild.begin(this.db, this.text.pool(PG_REBUILD_TASK));
  }

  close(): Promise<void> {
    return this.db.end();
  }

  /** Without text the three parts read different indexes best, so they run as separate statements, side by side. */
  private async browse(request: SearchRequest): Promise<SearchResult> {
    const sql = browseSql(request);
    const [page, counted, facets] = await Promise.all([
      request.limit === 0 ? [] : this.db.query<{ id: string; score: number }>(sql.page.text, sql.page.values),
      request.idsOnly ? undefined : this.db.query<{ total: number }>(sql.total.text, sql.total.values),
      request.facets ? this.db.query<FacetRow>(sql.facets.text, sql.facets.values) : undefined,
    ]);
    return { hits: page.map((hit) => ({ ...hit, highlights: [] })), total: counted?.[0].total ?? page.length, ...(facets && { facets: facetCountsOf(facets) }), droppedTerms: [], corrections: [] };
  }

  private async corrections(candidates: string[]): Promise<Map<string, string[]>> {
    if (candidates.length === 0) return new Map();
    const rows = await this.db.query<{ token: string; similar: string[] }>(
      `SELECT q.token, ARRAY(
         SELECT t.term FROM search_term t WHERE t.term % q.token AND similarity(t.term, q.token) >= $2
         ORDER BY similarity(t.term, q.token) DESC, t.term LIMIT 3) AS similar
       FROM unnest($1::text[]) AS q(token)
       WHERE NOT EXISTS (SELECT 1 FROM search_term t WHERE t.term = q.token)`,
      [candidates, TYPO_SIMILARITY],
    );
    return new Map(rows.map((row) => [row.token, row.similar]));
  }
}

import { beginAll, ShadowTables, StagedRows, type TableLoad } from '@chainmatch/database';
import type { ListingDocument } from '../engine/listing-document.js';
import type { IndexRebuild } from '../engine/search-engine.port.js';
import type { AnalysisPool } from '../text/analysis-pool.js';
import { LIVE_TABLES, mergeFacts, REFILLED_TABLES, TABLE_COLUMNS, writeTerms, type PgRebuildBatch, type RefilledTable } from './pg-document-writer.js';
import type { SearchPool } from './search-pool.js';

/** The tables a rebuild fills anew: the text tables, loaded as the batches pass, and the typo vocabulary, written at the end. */
type FreshTable = RefilledTable | 'terms';

/** Where a rebuild stages the facts it merges into the live table. */
const STAGED_FACTS = `${LIVE_TABLES.facts}__staged`;

/**
 * Rebuild of the PostgreSQL engine: fresh text tables shaped like the live ones, loaded without
 * indexes (see TableLoad), indexed exactly like the live ones, then swapped in at once (see
 * ShadowTables) — a search sees the old index or the new one, never a partial one. The facts are
 * staged as the batches pass and merged into the live table (see mergeFacts) while the copies are
 * indexed: those of listings the rebuild did not see go.
 */
export class PgIndexRebuild implements IndexRebuild {
  private readonly terms = new Set<string>();

  private constructor(
    private readonly db: SearchPool,
    private readonly tables: ShadowTables<FreshTable>,
    private readonly loads: Record<RefilledTable, TableLoad>,
    private readonly facts: StagedRows,
    /** Segments the documents into rows on every core. */
    private readonly workers: AnalysisPool<readonly ListingDocument[], PgRebuildBatch>,
  ) {}

  /** Takes `workers` over: closed by commit or abort, or here if the rebuild cannot begin. */
  static async begin(db: SearchPool, workers: AnalysisPool<readonly ListingDocument[], PgRebuildBatch>): Promise<PgIndexRebuild> {
    try {
      const { match, lexicon, text, terms } = LIVE_TABLES;
      const tables = await ShadowTables.create<FreshTable>(db, { match, lexicon, text, terms });
      const loads = await beginAll(REFILLED_TABLES.map((table) => tables.load(table, TABLE_COLUMNS[table])), (load) => load.abort());
      const byTable = Object.fromEntries(REFILLED_TABLES.map((table, i) => [table, loads[i]])) as Record<RefilledTable, TableLoad>;
      const facts = await StagedRows.begin(db, STAGED_FACTS, LIVE_TABLES.facts, TABLE_COLUMNS.facts).catch(async (error: unknown) => {
        await Promise.all(loads.map((load) => load.abort()));
        throw error;
      });
      return new PgIndexRebuild(db, tables, byTable, facts, workers);
    } catch (error) {
      await workers.close();
      throw error;
    }
  }

  async upsert(documents: ListingDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const batch = await this.workers.run(documents);
    await Promise.all([this.facts.write(batch.copy.facts), ...REFILLED_TABLES.map((table) => this.loads[table].write(batch.copy[table]))]);
    batch.terms.forEach((term) => this.terms.add(term));
  }

  async commit(): Promise<void> {
    await this.workers.close();
    await Promise.all(REFILLED_TABLES.map((table) => this.loads[table].commit()));
    await writeTerms(this.db.query, this.tables.names.terms, [...this.terms]);
    await Promise.all([this.tables.swapIn(), this.facts.apply((query, staged) => mergeFacts(query, LIVE_TABLES.facts, staged))]);
  }

  async abort(): Promise<void> {
    await this.workers.close();
    await Promise.all([...REFILLED_TABLES.map((table) => this.loads[table].abort()), this.facts.abort()]);
    await this.tables.drop();
  }
}

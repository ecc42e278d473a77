import { ShadowTables } from '@chainmatch/database';
import type { ListingDocument } from '../engine/listing-document.js';
import type { IndexRebuild } from '../engine/search-engine.port.js';
import type { AnalysisPool } from '../text/analysis-pool.js';
import { LIVE_TABLES, writeDocuments, writeTerms, type EngineTables, type PgDocumentBatch } from './pg-document-writer.js';
import type { SearchPool } from './search-pool.js';

/** The tables a rebuild refills: all but the facts, which it syncs in place (see writeDocuments). */
type RefilledTables = Omit<EngineTables, 'facts'>;
const { facts: FACTS, ...REFILLED } = LIVE_TABLES;

/**
 * Rebuild of the PostgreSQL engine: fresh text tables shaped like the live ones, filled without
 * indexes, indexed exactly like the live ones, then swapped in at once (see ShadowTables) — a search
 * sees the old index or the new one, never a partial one. The facts are brought up to date in place
 * as the batches pass, and those of listings the rebuild did not see are removed after the swap.
 */
export class PgIndexRebuild implements IndexRebuild {
  private readonly terms = new Set<string>();

  private constructor(
    private readonly db: SearchPool,
    private readonly tables: ShadowTables<keyof RefilledTables>,
    /** Segments the documents into rows on every core. */
    private readonly workers: AnalysisPool<readonly ListingDocument[], PgDocumentBatch>,
  ) {}

  static async begin(db: SearchPool, workers: AnalysisPool<readonly ListingDocument[], PgDocumentBatch>): Promise<PgIndexRebuild> {
    return new PgIndexRebuild(db, await ShadowTables.create(db, REFILLED), workers);
  }

  async upsert(documents: ListingDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const batch = await this.workers.run(documents);
    await writeDocuments(this.db.query, { ...this.tables.names, facts: FACTS }, batch, 'insert');
    batch.terms.forEach((term) => this.terms.add(term));
  }

  async commit(): Promise<void> {
    await this.workers.close();
    await writeTerms(this.db.query, this.tables.names.terms, [...this.terms]);
    await this.tables.swapIn();
    await this.db.query(`DELETE FROM ${FACTS} f WHERE NOT EXISTS (SELECT 1 FROM ${LIVE_TABLES.text} t WHERE t.listing_id = f.listing_id)`);
  }

  async abort(): Promise<void> {
    await this.workers.close();
    await this.tables.drop();
  }
}

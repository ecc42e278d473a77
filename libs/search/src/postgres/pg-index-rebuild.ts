import { emptyCopySql, ShadowTables } from '@chainmatch/database';
import type { ListingDocument } from '../engine/listing-document.js';
import type { IndexRebuild } from '../engine/search-engine.port.js';
import type { AnalysisPool } from '../text/analysis-pool.js';
import { LIVE_TABLES, TABLE_COLUMNS, writeDocuments, writeTerms, type EngineTables, type PgDocumentBatch } from './pg-document-writer.js';
import type { SearchPool } from './search-pool.js';

/** The facts in the order searches without text read them best (see orderFacts). */
const FACTS_UNORDERED = `${LIVE_TABLES.facts}__next_unordered`;

/**
 * Rebuild of the PostgreSQL engine: fresh tables shaped like the live ones, filled without indexes,
 * indexed exactly like the live ones, then swapped in at once (see ShadowTables) — a search sees
 * the old index or the new one, never a partial one.
 */
export class PgIndexRebuild implements IndexRebuild {
  private readonly terms = new Set<string>();

  private constructor(
    private readonly db: SearchPool,
    private readonly tables: ShadowTables<keyof EngineTables>,
    /** Segments the documents into rows on every core. */
    private readonly workers: AnalysisPool<readonly ListingDocument[], PgDocumentBatch>,
  ) {}

  static async begin(db: SearchPool, workers: AnalysisPool<readonly ListingDocument[], PgDocumentBatch>): Promise<PgIndexRebuild> {
    const tables = await ShadowTables.create(db, LIVE_TABLES);
    await db.query(`DROP TABLE IF EXISTS ${FACTS_UNORDERED}`);
    await db.query(emptyCopySql(LIVE_TABLES.facts, FACTS_UNORDERED));
    return new PgIndexRebuild(db, tables, workers);
  }

  async upsert(documents: ListingDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const batch = await this.workers.run(documents);
    await writeDocuments(this.db.query, { ...this.tables.names, facts: FACTS_UNORDERED }, batch, 'insert');
    batch.terms.forEach((term) => this.terms.add(term));
  }

  async commit(): Promise<void> {
    await this.workers.close();
    await writeTerms(this.db.query, this.tables.names.terms, [...this.terms]);
    await this.orderFacts();
    await this.tables.swapIn();
  }

  async abort(): Promise<void> {
    await this.workers.close();
    await this.tables.drop();
    await this.db.query(`DROP TABLE IF EXISTS ${FACTS_UNORDERED}`);
  }

  /**
   * The facts stored city by city: searches without text filter by place and radius, and
   * nearby listings then share pages (the text tables keep the segment order of the load).
   */
  private async orderFacts(): Promise<void> {
    const columns = TABLE_COLUMNS.facts.join(', ');
    await this.db.query(`INSERT INTO ${this.tables.names.facts} (${columns}) SELECT ${columns} FROM ${FACTS_UNORDERED} ORDER BY city, segment_id, listing_id`);
    await this.db.query(`DROP TABLE ${FACTS_UNORDERED}`);
  }
}

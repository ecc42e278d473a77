import type { ListingDocument } from '../engine/listing-document.js';
import type { IndexRebuild } from '../engine/search-engine.port.js';
import type { DocumentAnalysis } from '../text/analysed-listing.js';
import type { RowWorkerData } from './pg-row.worker.js';
import { PgRowWorkers } from './pg-row-workers.js';
import { LIVE_TABLES, TABLE_COLUMNS, writeDocuments, writeTerms, type EngineTables } from './pg-document-writer.js';
import type { SearchPool } from './search-pool.js';

const NEXT_SUFFIX = '__next';
/** Memory of each index build (they run side by side, a few at a time). */
const INDEX_BUILD_MEMORY = '256MB';
const TABLE_KEYS = Object.keys(LIVE_TABLES) as (keyof EngineTables)[];
const NEXT_TABLES = Object.fromEntries(TABLE_KEYS.map((key) => [key, `${LIVE_TABLES[key]}${NEXT_SUFFIX}`])) as unknown as EngineTables;
/** The facts in the order searches without text read them best (see orderFacts). */
const FACTS_UNORDERED = `${NEXT_TABLES.facts}_unordered`;

interface IndexDefinition {
  indexname: string;
  indexdef: string;
  is_primary: boolean;
}

/**
 * Rebuild of the PostgreSQL engine: fresh tables shaped like the live ones, filled without indexes
 * (faster), indexed exactly like the live ones, then swapped in by renaming inside one transaction —
 * a search sees the old index or the new one, never a partial one.
 */
export class PgIndexRebuild implements IndexRebuild {
  private readonly terms = new Set<string>();

  private constructor(
    private readonly db: SearchPool,
    private readonly workers: PgRowWorkers,
  ) {}

  static async begin(db: SearchPool, analysis: DocumentAnalysis, workerData: RowWorkerData): Promise<PgIndexRebuild> {
    const rebuild = new PgIndexRebuild(db, new PgRowWorkers(analysis, workerData));
    await rebuild.dropNext(); // leftovers of a rebuild that died
    for (const key of TABLE_KEYS) {
      await db.query(`CREATE TABLE ${NEXT_TABLES[key]} (LIKE ${LIVE_TABLES[key]} INCLUDING ALL EXCLUDING INDEXES)`);
    }
    await db.query(`CREATE TABLE ${FACTS_UNORDERED} (LIKE ${LIVE_TABLES.facts} INCLUDING ALL EXCLUDING INDEXES)`);
    return rebuild;
  }

  async upsert(documents: ListingDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const terms = await writeDocuments(this.db.query, { ...NEXT_TABLES, facts: FACTS_UNORDERED }, await this.workers.rows(documents), 'insert');
    terms.forEach((term) => this.terms.add(term));
  }

  async commit(): Promise<void> {
    await this.workers.close();
    await writeTerms(this.db.query, NEXT_TABLES.terms, [...this.terms]);
    await this.orderFacts();
    const indexes = new Map<keyof EngineTables, IndexDefinition[]>();
    for (const key of TABLE_KEYS) indexes.set(key, await this.indexesOf(LIVE_TABLES[key]));
    // Side by side, on connections of the pool: the text index (GIN) takes most of the time, the
    // small B-tree and GiST indexes build meanwhile.
    await Promise.all(TABLE_KEYS.flatMap((key) => indexes.get(key)!.map((index) => this.createLike(index, NEXT_TABLES[key]))));
    await Promise.all(TABLE_KEYS.map((key) => this.db.query(`ANALYZE ${NEXT_TABLES[key]}`)));
    await this.db.transaction(async (query) => {
      await query(`LOCK TABLE ${TABLE_KEYS.map((key) => LIVE_TABLES[key]).join(', ')} IN ACCESS EXCLUSIVE MODE`);
      for (const key of TABLE_KEYS) {
        await query(`DROP TABLE ${LIVE_TABLES[key]}`);
        await query(`ALTER TABLE ${NEXT_TABLES[key]} RENAME TO ${LIVE_TABLES[key]}`);
        for (const index of indexes.get(key)!) {
          await query(`ALTER INDEX ${index.indexname}${NEXT_SUFFIX} RENAME TO ${index.indexname}`);
        }
      }
    });
  }

  async abort(): Promise<void> {
    await this.workers.close();
    await this.dropNext();
  }

  private async dropNext(): Promise<void> {
    await this.db.query(`DROP TABLE IF EXISTS ${[...TABLE_KEYS.map((key) => NEXT_TABLES[key]), FACTS_UNORDERED].join(', ')}`);
  }

  /**
   * The facts stored city by city: searches without text filter by place and radius, and
   * nearby listings then share pages (the text tables keep the segment order of the load).
   */
  private async orderFacts(): Promise<void> {
    const columns = TABLE_COLUMNS.facts.join(', ');
    await this.db.query(`INSERT INTO ${NEXT_TABLES.facts} (${columns}) SELECT ${columns} FROM ${FACTS_UNORDERED} ORDER BY city, segment_id, listing_id`);
    await this.db.query(`DROP TABLE ${FACTS_UNORDERED}`);
  }

  /** The live table's indexes as PostgreSQL itself prints them, so the new table is indexed exactly alike. */
  private indexesOf(table: string): Promise<IndexDefinition[]> {
    return this.db.query<IndexDefinition>(
      `SELECT i.indexname, i.indexdef, c.contype IS NOT NULL AS is_primary
       FROM pg_indexes i
       LEFT JOIN pg_constraint c ON c.conname = i.indexname AND c.contype = 'p' AND c.conrelid = $1::text::regclass
       WHERE i.schemaname = current_schema() AND i.tablename = $1::text ORDER BY i.indexname`, [table]);
  }

  private async createLike(index: IndexDefinition, table: string): Promise<void> {
    const match = /^CREATE (UNIQUE )?INDEX (\S+) ON (\S+) (.+)$/s.exec(index.indexdef);
    if (!match) throw new Error(`cannot read the definition of index ${index.indexname}: ${index.indexdef}`);
    const name = `${index.indexname}${NEXT_SUFFIX}`;
    await this.db.transaction(async (query) => {
      // A GIN index builds several times faster when its pending entries fit in memory.
      await query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
      await query(`CREATE ${match[1] ?? ''}INDEX ${name} ON ${table} ${match[4]}`);
      // The primary key keeps its constraint (renamed along with its index).
      if (index.is_primary) await query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX ${name}`);
    });
  }
}

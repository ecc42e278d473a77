import { TableLoad, type SqlConnection } from './table-load.js';

/** Runs one statement and returns its rows. */
export type SqlQuery = <T = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<T[]>;

/** Statements on a pool, alone or in one transaction. */
export interface SqlSession {
  query: SqlQuery;
  transaction<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>;
  /** A connection of its own (for a TableLoad). */
  connect(): Promise<SqlConnection>;
}

const SHADOW_SUFFIX = '__next';
/**
 * Memory of each index build (they run side by side, a few at a time), shared by its participants.
 * More is not faster: a GIN build gathers entries in a tree until the memory is full, and a smaller
 * tree stays in the processor's caches (the match GIN of 800 000 rows: 20-22 s of CPU at 64 MB, 23-24 s
 * at 256 MB, 33 s at 1 GB). Set here, as a server tuned for other work may give builds gigabytes.
 */
const INDEX_BUILD_MEMORY = '64MB';

interface IndexDefinition {
  indexname: string;
  indexdef: string;
  is_primary: boolean;
}

/**
 * A table shaped like `live`, without its indexes (built after the load, several times faster) and
 * without autovacuum, which would vacuum and analyse it again and again as it grows: vacuum and
 * analyse it once, when full (swapIn does, and turns autovacuum back on).
 */
function emptyCopySql(live: string, copy: string): string {
  return `CREATE TABLE ${copy} (LIKE ${live} INCLUDING ALL EXCLUDING INDEXES) WITH (autovacuum_enabled = false)`;
}

/**
 * A fresh copy of some live tables to refill from scratch: shaped like them, filled without
 * indexes (several times faster to load, and no index bloat), then indexed exactly like the live
 * ones and swapped in by renaming inside one transaction — readers see the old tables or the new
 * ones, never a partial one. Triggers are not copied: keep them off tables refilled this way.
 */
export class ShadowTables<Key extends string> {
  private constructor(
    private readonly db: SqlSession,
    private readonly live: Record<Key, string>,
    /** The copies, to write into until swapIn. */
    readonly names: Record<Key, string>,
  ) {}

  static async create<Key extends string>(db: SqlSession, live: Record<Key, string>): Promise<ShadowTables<Key>> {
    const keys = Object.keys(live) as Key[];
    const names = Object.fromEntries(keys.map((key) => [key, `${live[key]}${SHADOW_SUFFIX}`])) as Record<Key, string>;
    const tables = new ShadowTables(db, live, names);
    await tables.drop(); // leftovers of a refill that died
    for (const key of keys) await db.query(emptyCopySql(live[key], names[key]));
    return tables;
  }

  /** A bulk load of one copy (see TableLoad): commit it before swapIn. */
  async load(key: Key, columns: readonly string[]): Promise<TableLoad> {
    return TableLoad.begin(await this.db.connect(), this.names[key], columns);
  }

  /** Indexes the copies like the live tables (side by side on the pool's connections), vacuums and analyses them, and swaps them in. */
  async swapIn(): Promise<void> {
    const keys = Object.keys(this.live) as Key[];
    const indexes = new Map<Key, IndexDefinition[]>();
    for (const key of keys) indexes.set(key, await this.indexesOf(this.live[key]));
    await Promise.all(keys.map((key) => this.indexLike(indexes.get(key)!, this.names[key])));
    // Vacuumed as well as analysed before readers see them: a table filled by inserts alone is due
    // for autovacuum at once (to mark its pages all-visible), which then competed with searches on
    // it for minutes (p95 of a 1M search benchmark 25 → 41 ms while it ran). After a TableLoad the
    // pages are all-visible already and the vacuum only reads the visibility map.
    await Promise.all(keys.map((key) => this.db.query(`VACUUM (ANALYZE) ${this.names[key]}`)));
    for (const key of keys) await this.db.query(`ALTER TABLE ${this.names[key]} RESET (autovacuum_enabled)`);
    await this.db.transaction(async (query) => {
      await query(`LOCK TABLE ${keys.map((key) => this.live[key]).join(', ')} IN ACCESS EXCLUSIVE MODE`);
      for (const key of keys) {
        await query(`DROP TABLE ${this.live[key]}`);
        await query(`ALTER TABLE ${this.names[key]} RENAME TO ${this.live[key]}`);
        for (const index of indexes.get(key)!) await query(`ALTER INDEX ${index.indexname}${SHADOW_SUFFIX} RENAME TO ${index.indexname}`);
      }
    });
  }

  async drop(): Promise<void> {
    await this.db.query(`DROP TABLE IF EXISTS ${Object.values<string>(this.names).join(', ')}`);
  }

  /** The live table's indexes as PostgreSQL itself prints them, so the copy is indexed exactly alike. */
  private indexesOf(table: string): Promise<IndexDefinition[]> {
    return this.db.query<IndexDefinition>(
      `SELECT i.indexname, i.indexdef, c.contype IS NOT NULL AS is_primary
       FROM pg_indexes i
       LEFT JOIN pg_constraint c ON c.conname = i.indexname AND c.contype = 'p' AND c.conrelid = $1::text::regclass
       WHERE i.schemaname = current_schema() AND i.tablename = $1::text ORDER BY i.indexname`, [table]);
  }

  /**
   * The secondary indexes side by side, then the primary key: attaching it as the table's constraint
   * locks the table, which would otherwise wait for the other builds on it.
   */
  private async indexLike(indexes: IndexDefinition[], table: string): Promise<void> {
    await Promise.all(indexes.filter((index) => !index.is_primary).map((index) => this.createLike(index, table)));
    for (const index of indexes.filter((index) => index.is_primary)) await this.createLike(index, table);
  }

  private async createLike(index: IndexDefinition, table: string): Promise<void> {
    const match = /^CREATE (UNIQUE )?INDEX (\S+) ON (\S+) (.+)$/s.exec(index.indexdef);
    if (!match) throw new Error(`cannot read the definition of index ${index.indexname}: ${index.indexdef}`);
    const name = `${index.indexname}${SHADOW_SUFFIX}`;
    await this.db.transaction(async (query) => {
      // One parallel worker at most: the builds already run side by side, and workers add the cost of
      // merging their parts (a GIN build of 800 000 rows: 36.9 s of CPU with two, 30.4 s with none) — but
      // with none the largest build ends alone on one core (at a million listings the match GIN ran
      // 28 of its 47 s alone; with one worker the rebuild's tail after its last batch fell 57 → 44 s).
      await query(`SET LOCAL maintenance_work_mem = '${INDEX_BUILD_MEMORY}'`);
      await query('SET LOCAL max_parallel_maintenance_workers = 1');
      await query(`CREATE ${match[1] ?? ''}INDEX ${name} ON ${table} ${match[4]}`);
      // The primary key keeps its constraint (renamed along with its index).
      if (index.is_primary) await query(`ALTER TABLE ${table} ADD CONSTRAINT ${name} PRIMARY KEY USING INDEX ${name}`);
    });
  }
}

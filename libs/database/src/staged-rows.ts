import type { SqlQuery, SqlSession } from './shadow-tables.js';
import { TableLoad } from './table-load.js';

/**
 * Rows for one set-based statement — a bulk merge into a live table, say — loaded with COPY (see
 * TableLoad) into an unlogged table of their own: no statement per batch, no index probe per row, no
 * WAL for rows that are read once. The table is dropped when the statement has run, or on abort.
 */
export class StagedRows {
  private constructor(
    private readonly db: SqlSession,
    private readonly table: string,
    private readonly load: TableLoad,
  ) {}

  /** A fresh table `table` with the `columns` of `like` (their types only: no defaults, constraints nor indexes). */
  static async begin(db: SqlSession, table: string, like: string, columns: readonly string[]): Promise<StagedRows> {
    await dropTable(db, table); // a leftover of a load that died
    await db.query(`CREATE UNLOGGED TABLE ${table} AS SELECT ${columns.join(', ')} FROM ${like} WITH NO DATA`);
    try {
      return new StagedRows(db, table, await TableLoad.begin(await db.connect(), table, columns));
    } catch (error) {
      await dropTable(db, table);
      throw error;
    }
  }

  /** Appends rows: binary COPY data of the columns begin was given. */
  write(rows: Uint8Array): Promise<void> {
    return this.load.write(rows);
  }

  /** Commits the load, runs `statement` over the table it is given, and drops the table whatever happens. */
  async apply(statement: (query: SqlQuery, table: string) => Promise<unknown>): Promise<void> {
    try {
      await this.load.commit();
      await statement(this.db.query, this.table);
    } finally {
      await dropTable(this.db, this.table);
    }
  }

  async abort(): Promise<void> {
    await this.load.abort();
    await dropTable(this.db, this.table);
  }
}

const dropTable = (db: SqlSession, table: string) => db.query(`DROP TABLE IF EXISTS ${table}`);

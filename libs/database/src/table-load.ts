import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

/** A connection of a session's own, held until released: for a transaction that spans many writes. */
export interface SqlConnection {
  client: pg.ClientBase;
  release(): void;
}

/**
 * Rows streamed into a fresh, unindexed table with COPY, on a connection of its own, in one
 * transaction that first empties the table. COPY stores a page of rows at a time, reads no JSON (nor
 * text: the rows come in binary format, see copyBinary), and — the table emptied in the same
 * transaction — writes them frozen and marks their pages all-visible (FREEZE), so the vacuum a table
 * filled by inserts is otherwise due finds nothing to do.
 * No other session sees the rows before commit; none may read the table meanwhile (FREEZE shows the
 * rows to snapshots older than the load), which suits a rebuild's copies, unread until swapped in.
 */
export class TableLoad {
  /** The COPYs run one after another on the connection; a failed one fails every later one and the commit. */
  private written: Promise<void> = Promise.resolve();
  /** Committed or rolled back, and the connection released: nothing more to do. */
  private ended = false;

  private constructor(
    private readonly connection: SqlConnection,
    private readonly copySql: string,
  ) {}

  static async begin(connection: SqlConnection, table: string, columns: readonly string[]): Promise<TableLoad> {
    const load = new TableLoad(connection, `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT binary, FREEZE)`);
    try {
      await connection.client.query('BEGIN');
      await connection.client.query(`TRUNCATE ${table}`);
    } catch (error) {
      await load.rollBack();
      throw error;
    }
    return load;
  }

  /** Appends rows: one COPY's data in binary format, the columns in the order begin was given (see copyBinary). */
  write(rows: Uint8Array): Promise<void> {
    const copy = () => pipeline(Readable.from([rows]), this.connection.client.query(copyFrom(this.copySql)));
    this.written = this.written.then(copy);
    return this.written;
  }

  async commit(): Promise<void> {
    if (this.ended) throw new Error('TableLoad: already ended');
    try {
      await this.written;
      await this.connection.client.query('COMMIT');
    } catch (error) {
      await this.rollBack();
      throw error;
    }
    this.ended = true;
    this.connection.release();
  }

  /** Rolls back what was written, unless committed already. */
  async abort(): Promise<void> {
    if (this.ended) return;
    await this.written.catch(() => undefined);
    await this.rollBack();
  }

  private async rollBack(): Promise<void> {
    this.ended = true;
    await this.connection.client.query('ROLLBACK').catch(() => undefined); // a lost connection has nothing to roll back
    this.connection.release();
  }
}

import { lossTolerantPool, type SqlConnection } from '@chainmatch/database';
import type pg from 'pg';

export type SqlRunner = <T = Record<string, unknown>>(text: string, values?: unknown[]) => Promise<T[]>;

/**
 * The PostgreSQL engine's own connections to the application database. Search reads data that is
 * cached and read by index almost always, so these sessions plan for that (random_page_cost 1.1,
 * the usual setting for SSDs and cached data) instead of preferring sequential scans for text
 * matches of a few thousand rows; JIT compilation, which costs more than such queries, is off.
 */
export class SearchPool {
  private readonly pool: pg.Pool;

  constructor(connectionString: string, max = 8) {
    // A connection dropped by the server (restart, failover) is replaced on next use.
    this.pool = lossTolerantPool({ connectionString, max, application_name: 'chainmatch-search', options: '-c random_page_cost=1.1 -c jit=off' });
  }

  readonly query: SqlRunner = async <T>(text: string, values?: unknown[]) => (await this.pool.query(text, values)).rows as T[];

  async transaction<T>(work: (query: SqlRunner) => Promise<T>): Promise<T> {
    const { client, release } = await this.connect();
    try {
      await client.query('BEGIN');
      const result = await work(async <R>(text: string, values?: unknown[]) => (await client.query(text, values)).rows as R[]);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      release();
    }
  }

  /** A connection of its own until released. */
  async connect(): Promise<SqlConnection> {
    // A connection lost while its holder computes between statements fails its next query (see LossTolerantClient).
    const client = await this.pool.connect();
    return { client, release: () => client.release() };
  }

  end(): Promise<void> {
    return this.pool.end();
  }
}

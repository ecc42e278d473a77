import type { DataSource, QueryRunner } from 'typeorm';

/**
 * An advisory lock between sync workers (shared: any number drain side by side) and rebuild /
 * verify (exclusive: the index holds still while they read or replace it). Session-level on a
 * connection of its own, so a process that dies releases it with its connection.
 */
const LOCK_KEY = [0x5ea2c4, 1] as const;

async function withLock<T>(dataSource: DataSource, sql: string, work: () => Promise<T>): Promise<T | undefined> {
  const runner: QueryRunner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query(`SELECT ${sql}($1, $2) AS locked`, [...LOCK_KEY]);
    if (locked === false) return undefined;
    try {
      return await work();
    } finally {
      await runner.query(`SELECT ${sql.includes('shared') ? 'pg_advisory_unlock_shared' : 'pg_advisory_unlock'}($1, $2)`, [...LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}

/** Runs `work` unless a rebuild or verify holds the index; undefined when it did not run. */
export const withSharedSyncLock = <T>(dataSource: DataSource, work: () => Promise<T>) =>
  withLock(dataSource, 'pg_try_advisory_lock_shared', work);

/** Runs `work` alone: waits for batches in flight to finish; workers skip their turns meanwhile. */
export const withExclusiveSyncLock = <T>(dataSource: DataSource, work: () => Promise<T>) =>
  withLock(dataSource, 'pg_advisory_lock', work);

/** Like withExclusiveSyncLock, but gives up at once (undefined) when someone else holds the lock. */
export const tryExclusiveSyncLock = <T>(dataSource: DataSource, work: () => Promise<T>) =>
  withLock(dataSource, 'pg_try_advisory_lock', work);

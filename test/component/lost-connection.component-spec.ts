import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import type pg from 'pg';
import { dataSourceOptions } from '../../apps/api/src/database/data-source-options.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { waitUntil } from '../support/wait.js';

/**
 * A connection the server ends while the application holds it between statements (a stop, a
 * restart, an administrator's pg_terminate_backend): the process carries on, the holder's next
 * statement fails, and the pool serves the next caller with a fresh connection. Without
 * LossTolerantClient the server's message ends this test file with "Unhandled error".
 */
describe('a connection lost while checked out', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource({ ...dataSourceOptions(database.url), migrations: [] }).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it("fails its holder's next statement instead of ending the process, and the pool recovers", async () => {
    // The application's pool as TypeORM holds it: a client checked out with no listener of its own.
    const pool = (dataSource.driver as PostgresDriver).master as pg.Pool;
    const client = await pool.connect();
    const { rows: [{ pid }] } = await client.query('SELECT pg_backend_pid() AS pid');
    await dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await waitUntil(async () => (await dataSource.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).length === 0);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the server's last message reaches the client
    await expect(client.query('SELECT 1')).rejects.toThrow(/not queryable|terminat/);
    client.release(true);
    const pids = await Promise.all(Array.from({ length: 3 }, () => dataSource.query('SELECT pg_backend_pid() AS pid')));
    expect(pids.map(([row]) => row.pid)).not.toContain(pid);
  });
});

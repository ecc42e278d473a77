import pg from 'pg';

/**
 * pg's Client for every pool of the application (pass it as the pool's `Client`). pg emits 'error'
 * on a client whose connection the server ends (a stop, a restart, pg_terminate_backend), and a pool
 * listens only while the client is idle in it: a connection lost while checked out between
 * statements, or after the pool dropped it, ended the process with an unhandled 'error'. Heard here,
 * the loss shows where it matters: the holder's next statement fails (the client is no longer
 * queryable), and the pool drops the client on release.
 */
export class LossTolerantClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.on('error', () => undefined);
  }
}

/**
 * A pool of LossTolerantClients that also ignores the loss of an idle connection (the pool drops it
 * and opens a new one on next use): for the application's own pools beside TypeORM's.
 */
export function lossTolerantPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, Client: LossTolerantClient });
  pool.on('error', () => undefined);
  return pool;
}

import { lossTolerantPool } from '@chainmatch/database';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import type { DataSource } from 'typeorm';

/** A probe answers within this, connecting included. */
export const PROBE_TIMEOUT_MS = 1000;

export interface DatabaseProbeResult {
  reachable: boolean;
  latencyMs: number;
  error?: string;
}

/**
 * Pings the database on a connection of its own, outside the application's pool: under load every
 * pool slot may be busy, and readiness must not wait for one (nor report the database down because
 * of it). Connecting and the ping are both bounded by PROBE_TIMEOUT_MS.
 */
@Injectable()
export class DatabaseProbe implements OnApplicationShutdown {
  private readonly pool: pg.Pool;

  constructor(@InjectDataSource() dataSource: DataSource) {
    const { url } = dataSource.options as { url: string };
    // A probe connection dies with the database; the next probe opens a new one.
    this.pool = lossTolerantPool({
      connectionString: url, max: 1, application_name: 'chainmatch-health',
      connectionTimeoutMillis: PROBE_TIMEOUT_MS, query_timeout: PROBE_TIMEOUT_MS, idleTimeoutMillis: 60_000,
    });
  }

  async ping(): Promise<DatabaseProbeResult> {
    const started = performance.now();
    const latencyMs = () => Math.round(performance.now() - started);
    try {
      await this.pool.query('SELECT 1');
      return { reachable: true, latencyMs: latencyMs() };
    } catch (error) {
      return { reachable: false, latencyMs: latencyMs(), error: error instanceof Error ? error.message : String(error) };
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

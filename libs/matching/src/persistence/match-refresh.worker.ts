import { AppConfig } from '@chainmatch/config';
import { LeasedQueue } from '@chainmatch/database';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { MATCH_REFRESH_QUEUE } from './match-refresh.triggers.js';
import { MatchRefresher } from './match-refresher.js';

const BATCH = 20;
const LEASE_MS = 60_000;
const RETRY = { baseMs: 1000, maxMs: 5 * 60_000 };

/**
 * Drains `match_refresh` (filled by the triggers in match-refresh.triggers.ts on listing and enterprise changes): recomputes the
 * suggestions of each changed listing, a batch at a time, under leases (several workers are safe).
 * Runs in the API process unless MATCH_WORKER_IN_PROCESS=false.
 */
@Injectable()
export class MatchRefreshWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly id = randomUUID();
  private readonly logger = new Logger(MatchRefreshWorker.name);
  private readonly queue: LeasedQueue;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly refresher: MatchRefresher,
    private readonly config: AppConfig,
  ) {
    this.queue = new LeasedQueue(dataSource, MATCH_REFRESH_QUEUE);
  }

  onApplicationBootstrap(): void {
    if (this.config.get('MATCH_WORKER_IN_PROCESS')) this.schedule();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** One batch; returns how many listings it claimed. */
  async drainOnce(): Promise<number> {
    const claimed = await this.queue.claim(this.id, BATCH, LEASE_MS);
    const failed: typeof claimed = [];
    for (const change of claimed) {
      await this.refresher.refresh(change.listingId).catch((error: Error) => {
        this.logger.warn(`refreshing matches of ${change.listingId} failed: ${error.message}`);
        failed.push(change);
      });
    }
    const done = claimed.filter((change) => !failed.includes(change));
    if (done.length > 0) await this.queue.complete(this.id, done);
    if (failed.length > 0) await this.queue.fail(this.id, failed, 'refresh failed', RETRY);
    return claimed.length;
  }

  async drainUntilIdle(): Promise<void> {
    while ((await this.drainOnce()) > 0) { /* next batch */ }
  }

  backlog() {
    return this.queue.backlog();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.drainUntilIdle()
      .catch((error: Error) => this.logger.error(`match worker: ${error.message}`))
      .finally(() => this.schedule()), this.config.get('MATCH_WORKER_INTERVAL_MS'));
    this.timer.unref();
  }
}

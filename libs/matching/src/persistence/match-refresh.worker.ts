import { LeasedQueue } from '@chainmatch/database';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { MATCH_REFRESH_QUEUE } from './match-refresh.triggers.js';
import { MatchRefresher } from './match-refresher.js';

const BATCH = 20;
/** How long a claimed batch stays with its worker (registered with the loop, shown by readiness). */
export const MATCH_REFRESH_LEASE_MS = 60_000;
const RETRY = { baseMs: 1000, maxMs: 5 * 60_000 };

/**
 * Drains `match_refresh` (filled by the triggers in match-refresh.triggers.ts on listing and
 * enterprise changes): recomputes the suggestions of each changed listing, a batch at a time, under
 * leases (several workers are safe).
 * Run every MATCH_WORKER_INTERVAL_MS by the background loop registry (apps/api/src/background): in
 * the API process unless MATCH_WORKER_IN_PROCESS=false, or as `npm run match:worker`.
 */
@Injectable()
export class MatchRefreshWorker {
  readonly id = randomUUID();
  private readonly logger = new Logger(MatchRefreshWorker.name);
  private readonly queue: LeasedQueue;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly refresher: MatchRefresher,
  ) {
    this.queue = new LeasedQueue(dataSource, MATCH_REFRESH_QUEUE);
  }

  /** One batch; returns how many listings it claimed. */
  async drainOnce(): Promise<number> {
    const claimed = await this.queue.claim(this.id, BATCH, MATCH_REFRESH_LEASE_MS);
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
}

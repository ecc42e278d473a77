import { enqueueSql, LeasedQueue, type ClaimedChange, type QueueBacklog, type RetryPolicy } from '@chainmatch/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { queryRows } from './query-rows.js';
import { SEARCH_OUTBOX } from './search.triggers.js';

export type { ClaimedChange, RetryPolicy } from '@chainmatch/database';

/** What waits for the index: queued listings and fan-outs not yet expanded; the lag is the oldest of either. */
export type SyncBacklog = QueueBacklog;

/**
 * Listings of the fan-outs in `f` (search_fanout rows), for each scope by its own index of `listing`;
 * a `text` fan-out (a lexicon edit's term, lower case) by reading every listing's text, once per term
 * and only when there is one.
 */
const FANOUT_LISTINGS = (f: string) => `
  SELECT l.id FROM listing l JOIN ${f} ON l.enterprise_id = CASE WHEN ${f}.scope = 'enterprise' THEN ${f}.key::uuid END
  UNION SELECT l.id FROM listing l JOIN ${f} ON ${f}.scope = 'segment' AND l.segment_id = ${f}.key
  UNION SELECT l.id FROM listing l JOIN ${f} ON ${f}.scope = 'chain' AND l.chain_id = ${f}.key
  UNION SELECT l.id FROM ${f} CROSS JOIN LATERAL (SELECT id FROM listing
    WHERE strpos(lower(title || ' ' || array_to_string(keywords, ' ') || ' ' || description), ${f}.key) > 0) l WHERE ${f}.scope = 'text'`;

/** Every listing with a change not yet in the index: queued ones and those of pending fan-outs. */
export const QUEUED_LISTINGS_SQL = `SELECT listing_id FROM search_outbox UNION SELECT id FROM (${FANOUT_LISTINGS('search_fanout')}) AS fanned`;

/**
 * The change queue `search_outbox` (filled by the triggers in search.triggers.ts), a LeasedQueue:
 * claims are leases rather than open transactions, so a slow or stalled engine call never holds a
 * lock that a listing write would wait for. Fan-outs and rebuild requests are search's own.
 */
@Injectable()
export class SearchOutboxRepository {
  private readonly queue: LeasedQueue;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.queue = new LeasedQueue(dataSource, SEARCH_OUTBOX);
  }

  /**
   * Turns up to `limit` fan-outs (an enterprise renamed or verified, a segment or chain renamed) into
   * changes of their listings — CLOSED ones excepted, they never return to the index — in one
   * statement, so a fan-out is either still queued or fully expanded. Returns the listings queued.
   */
  async fanOut(limit: number): Promise<number> {
    const rows = await queryRows<{ id: string }>(this.dataSource,
      `WITH taken AS (
         DELETE FROM search_fanout f USING (SELECT scope, key FROM search_fanout ORDER BY changed_at LIMIT $1 FOR UPDATE SKIP LOCKED) due
         WHERE f.scope = due.scope AND f.key = due.key RETURNING f.scope, f.key)
       ${enqueueSql(SEARCH_OUTBOX, `SELECT fanned.id FROM (${FANOUT_LISTINGS('taken')}) AS fanned JOIN listing l ON l.id = fanned.id
         WHERE l.status <> 'CLOSED'`)}
       RETURNING listing_id AS id`,
      [limit],
    );
    return rows.length;
  }

  /** Leases up to `limit` due changes to `workerId` (see LeasedQueue). */
  claim(workerId: string, limit: number, leaseMs: number): Promise<ClaimedChange[]> {
    return this.queue.claim(workerId, limit, leaseMs);
  }

  /** Done with the claimed changes; returns the ids queued again (changed meanwhile, or lease lost). */
  complete(workerId: string, claimed: readonly ClaimedChange[]): Promise<string[]> {
    return this.queue.complete(workerId, claimed);
  }

  /** The engine refused the batch: retry later, exponentially with jitter. */
  fail(workerId: string, claimed: readonly ClaimedChange[], error: string, retry: RetryPolicy): Promise<void> {
    return this.queue.fail(workerId, claimed, error, retry);
  }

  /** Queues listings as if they had changed (the triggers' upsert). */
  enqueue(listingIds: readonly string[]): Promise<void> {
    return this.queue.enqueue(listingIds);
  }

  /** Pending counts queued listings and fan-outs not yet expanded; the lag is the oldest of either. */
  backlog(): Promise<SyncBacklog> {
    return this.queue.backlog('search_fanout');
  }

  /** Whether a full rebuild was asked for (e.g. `listing` was truncated). */
  async rebuildRequested(): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT EXISTS (SELECT 1 FROM search_rebuild_request) AS requested`);
    return row.requested;
  }
}

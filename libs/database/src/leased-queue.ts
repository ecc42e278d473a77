import type { DataSource } from 'typeorm';
import { CHANGED_ROWS, type TriggerDeclaration, type TriggerFunction } from './triggers/trigger-declaration.js';

/** A queued change as a worker claimed it: `seq` tells whether another change arrived meanwhile. */
export interface ClaimedChange {
  listingId: string;
  seq: string;
  attempts: number;
  /** When the claim lapses and another worker may take the change over. */
  leaseUntil: Date;
}

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
}

export interface QueueBacklog {
  pending: number;
  /** Changes whose last attempt failed and wait for a retry. */
  failing: number;
  /** Age of the oldest change not yet processed; 0 when there is none. */
  lagSeconds: number;
  lastError: string | null;
}

/**
 * Locks the queue rows of the given listings in listing-id order, the order the enqueueing triggers
 * lock them in (they insert `ORDER BY 1`): a worker finishing a batch while a write re-queues some
 * of the same listings then waits instead of deadlocking.
 */
const LOCK_IN_ORDER = (table: string, listingIds: string) =>
  `SELECT listing_id, seq, claimed_by FROM ${table} WHERE listing_id IN (${listingIds}) ORDER BY listing_id FOR UPDATE`;

/**
 * Statement triggers on `listing` that queue every listing a statement wrote (one trigger per event,
 * sharing one function) — how each queue learns of listing changes, in the writing transaction.
 */
export function queueListingChanges(prefix: string, queue: QueueTable, events: readonly ('INSERT' | 'UPDATE' | 'DELETE')[]): TriggerDeclaration[] {
  const fn: TriggerFunction = { name: `${prefix}_enqueue_listings`, body: `${enqueueSql(queue, `SELECT DISTINCT id FROM ${CHANGED_ROWS}`)};\nRETURN NULL;` };
  const done = { INSERT: 'inserted', UPDATE: 'updated', DELETE: 'deleted' } as const;
  return events.map((event) => ({ name: `${prefix}_listing_${done[event]}`, table: 'listing', event, level: 'STATEMENT', function: fn, feeds: queue.table }));
}

/** Table and sequence of a queue; both come from code, never from input. */
export interface QueueTable {
  table: string;
  sequence: string;
}

/**
 * The columns every queue table has besides `listing_id` (SQL for CREATE TABLE): `seq` from the
 * queue's sequence, when it was first and last changed, the retry state and the lease.
 */
export function queueColumnsSql(queue: QueueTable): string {
  return `seq bigint NOT NULL DEFAULT nextval('${queue.sequence}'),
    first_changed_at timestamptz NOT NULL DEFAULT now(),
    changed_at timestamptz NOT NULL DEFAULT now(),
    attempts int NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    claimed_by uuid,
    lease_until timestamptz,
    last_error text`;
}

/**
 * Queues the listings `selectIds` yields (one uuid column), in listing-id order: one already queued
 * gets a new `seq` and its retry state reset, so a burst coalesces into one row that the next pass
 * reads anew. The one upsert of every queue — its triggers, `enqueue`, `requeue`, search's fan-out.
 */
export function enqueueSql(queue: QueueTable, selectIds: string, alsoSet = ''): string {
  return `INSERT INTO ${queue.table} (listing_id) ${selectIds} ORDER BY 1
    ON CONFLICT (listing_id) DO UPDATE SET seq = nextval('${queue.sequence}'), changed_at = now(), attempts = 0,
      next_attempt_at = now(), last_error = NULL${alsoSet && `, ${alsoSet}`}`;
}

/**
 * A change queue keyed by listing, filled by triggers in the writes' own transactions: one row per
 * listing with pending work, so bursts coalesce, and a new `seq` on every change. Workers claim
 * leases rather than holding transactions open, so a slow consumer never holds a lock that a
 * listing write would wait for; SKIP LOCKED lets several workers claim side by side.
 */
export class LeasedQueue {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queue: QueueTable,
  ) {}

  async claim(workerId: string, limit: number, leaseMs: number): Promise<ClaimedChange[]> {
    // TypeORM answers an UPDATE with [rows, affected count].
    const [rows] = (await this.dataSource.query(
      `WITH due AS (
         SELECT listing_id FROM ${this.queue.table}
         WHERE next_attempt_at <= now() AND (lease_until IS NULL OR lease_until < now())
         ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED)
       UPDATE ${this.queue.table} o SET claimed_by = $1, lease_until = now() + $3 * interval '1 millisecond'
       FROM due WHERE o.listing_id = due.listing_id
       RETURNING o.listing_id, o.seq::text AS seq, o.attempts, o.lease_until`,
      [workerId, limit, leaseMs],
    )) as [{ listing_id: string; seq: string; attempts: number; lease_until: Date }[], number];
    return rows.map((row) => ({ listingId: row.listing_id, seq: row.seq, attempts: row.attempts, leaseUntil: row.lease_until }));
  }

  /**
   * Done with the claimed changes. Each row is judged by its state once locked — the latest, even
   * when a write re-queued it while this statement waited for the lock: still at the claimed `seq`,
   * it is deleted; changed meanwhile, it is released for another pass (which reads the newer state).
   * Returns the ids whose lease this worker outlived — taken over by another worker, or completed by
   * it and gone — which are queued again (this worker's work may have overtaken theirs). A row that
   * vanished while the lease held (a TRUNCATE, its listing deleted) has nothing left to redo.
   */
  async complete(workerId: string, claimed: readonly ClaimedChange[]): Promise<string[]> {
    const rows: { listing_id: string }[] = await this.dataSource.query(
      `WITH claimed AS (SELECT * FROM unnest($2::uuid[], $3::bigint[], $4::timestamptz[]) AS c(listing_id, seq, lease_until)),
         locked AS (${LOCK_IN_ORDER(this.queue.table, 'SELECT listing_id FROM claimed')}),
         judged AS (SELECT c.listing_id, CASE
             WHEN l.listing_id IS NULL THEN CASE WHEN c.lease_until < now() THEN 'lost' ELSE 'vanished' END
             WHEN l.claimed_by IS DISTINCT FROM $1 THEN 'lost'
             WHEN l.seq = c.seq THEN 'done' ELSE 'changed' END AS outcome
           FROM claimed c LEFT JOIN locked l USING (listing_id)),
         done AS (DELETE FROM ${this.queue.table} o USING judged j
           WHERE o.listing_id = j.listing_id AND j.outcome = 'done' RETURNING o.listing_id),
         released AS (UPDATE ${this.queue.table} o SET claimed_by = NULL, lease_until = NULL FROM judged j
           WHERE o.listing_id = j.listing_id AND j.outcome = 'changed' RETURNING o.listing_id)
       SELECT listing_id FROM judged WHERE outcome = 'lost'`,
      [workerId, claimed.map((c) => c.listingId), claimed.map((c) => c.seq), claimed.map((c) => c.leaseUntil)],
    );
    const lost = rows.map((row) => row.listing_id);
    if (lost.length > 0) await this.requeue(workerId, lost);
    return lost;
  }

  /** Queues the ids again and drops this worker's leases on them (another worker's lease stays: it is still working). */
  private async requeue(workerId: string, listingIds: readonly string[]): Promise<void> {
    const { table } = this.queue;
    await this.dataSource.query(enqueueSql(this.queue, 'SELECT DISTINCT unnest($1::uuid[])', `claimed_by = nullif(${table}.claimed_by, $2::uuid),
      lease_until = CASE WHEN ${table}.claimed_by = $2::uuid THEN NULL ELSE ${table}.lease_until END`), [listingIds, workerId]);
  }

  /** The consumer failed: retry later, exponentially (with jitter so workers spread out). */
  async fail(workerId: string, claimed: readonly ClaimedChange[], error: string, retry: RetryPolicy): Promise<void> {
    await this.dataSource.query(
      `WITH locked AS (${LOCK_IN_ORDER(this.queue.table, 'SELECT unnest($2::uuid[])')})
       UPDATE ${this.queue.table} o SET attempts = o.attempts + 1, claimed_by = NULL, lease_until = NULL, last_error = left($3, 500),
         next_attempt_at = now() + least($5, $4 * power(2, least(o.attempts, 20))) * (0.75 + random() / 2) * interval '1 millisecond'
       FROM locked WHERE o.listing_id = locked.listing_id AND o.claimed_by = $1`,
      [workerId, claimed.map((c) => c.listingId), error, retry.baseMs, retry.maxMs],
    );
  }

  /** Queues listings as if they had changed (the triggers' upsert). */
  async enqueue(listingIds: readonly string[]): Promise<void> {
    await this.dataSource.query(enqueueSql(this.queue, 'SELECT DISTINCT unnest($1::uuid[])'), [listingIds]);
  }

  /**
   * What waits in the queue; `alsoWaiting` names another table of changes not yet expanded into it
   * (rows with a `changed_at`, e.g. search's fan-outs), counted as pending and in the lag.
   */
  async backlog(alsoWaiting?: string): Promise<QueueBacklog> {
    const also = alsoWaiting ? `SELECT count(*)::int AS n, min(changed_at) AS oldest FROM ${alsoWaiting}` : 'SELECT 0 AS n, NULL::timestamptz AS oldest';
    const [row] = await this.dataSource.query(
      `WITH also AS (${also})
       SELECT count(*)::int + (SELECT n FROM also) AS pending, count(*) FILTER (WHERE attempts > 0)::int AS failing,
         coalesce(extract(epoch FROM now() - least(min(first_changed_at), (SELECT oldest FROM also))), 0)::float8 AS lag_seconds,
         (SELECT last_error FROM ${this.queue.table} WHERE last_error IS NOT NULL ORDER BY changed_at DESC LIMIT 1) AS last_error
       FROM ${this.queue.table}`,
    );
    return { pending: row.pending, failing: row.failing, lagSeconds: row.lag_seconds, lastError: row.last_error };
  }
}

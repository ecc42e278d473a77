import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { SearchEngine } from '../engine/search-engine.port.js';
import type { ListingDocumentRepository } from './listing-document.repository.js';
import type { ListingTermsRepository } from './listing-terms.repository.js';
import type { RetryPolicy, SearchOutboxRepository } from './search-outbox.repository.js';
import { withSharedSyncLock } from './sync-lock.js';

export interface SyncSettings {
  batchSize: number;
  leaseMs: number;
  retry: RetryPolicy;
}

export interface DrainOutcome {
  claimed: number;
  upserted: number;
  deleted: number;
  /** The engine refused the batch; its changes wait for a retry. */
  failed: boolean;
  /** Changes whose lease expired while this worker held them, queued again. */
  requeued: number;
  /** A rebuild or verify held the index, so nothing was claimed. */
  paused: boolean;
}

/** Enterprises / segments / chains expanded into listing changes per batch. */
const FANOUTS_PER_BATCH = 100;

const IDLE: DrainOutcome = { claimed: 0, upserted: 0, deleted: 0, failed: false, requeued: 0, paused: false };

/**
 * Drains the change queue into an engine, a batch at a time: expand pending fan-outs (a renamed
 * enterprise's listings …) into listing changes, claim (lease), read the listings'
 * current state from the database (never from the queue), upsert what is searchable and delete
 * the rest — in the engine, and their scoring terms in the database — then mark done what did not
 * change meanwhile. Idempotent and safe with several workers;
 * an engine failure leaves the changes queued with a backoff, and never touches a listing write.
 */
export class SearchSyncWorker {
  readonly id = randomUUID();

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: SearchOutboxRepository,
    private readonly documents: ListingDocumentRepository,
    private readonly engine: SearchEngine,
    private readonly terms: ListingTermsRepository,
    private readonly settings: SyncSettings,
  ) {}

  async drainOnce(): Promise<DrainOutcome> {
    const outcome = await withSharedSyncLock(this.dataSource, () => this.drainBatch());
    return outcome ?? { ...IDLE, paused: true };
  }

  /** Drains until the queue has nothing due (or the engine fails); returns how many changes were written. */
  async drainUntilIdle(): Promise<number> {
    let written = 0;
    for (;;) {
      const outcome = await this.drainOnce();
      written += outcome.upserted + outcome.deleted;
      if (outcome.claimed === 0 || outcome.failed) return written;
    }
  }

  private async drainBatch(): Promise<DrainOutcome> {
    await this.outbox.fanOut(FANOUTS_PER_BATCH);
    const claimed = await this.outbox.claim(this.id, this.settings.batchSize, this.settings.leaseMs);
    if (claimed.length === 0) return IDLE;
    const ids = claimed.map((change) => change.listingId);
    const documents = await this.documents.searchable(ids);
    const searchable = new Set(documents.map((document) => document.id));
    const gone = ids.filter((id) => !searchable.has(id));
    await this.terms.store(documents);
    await this.terms.remove(gone);
    try {
      await this.engine.upsert(documents);
      await this.engine.delete(gone);
    } catch (error) {
      await this.outbox.fail(this.id, claimed, describe(error), this.settings.retry);
      return { ...IDLE, claimed: claimed.length, failed: true };
    }
    const requeued = await this.outbox.complete(this.id, claimed);
    return { ...IDLE, claimed: claimed.length, upserted: documents.length, deleted: gone.length, requeued: requeued.length };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

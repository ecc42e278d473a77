import { beginAll } from '@chainmatch/database';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { ListingDocument } from '../engine/listing-document.js';
import { SEARCH_ENGINE, type SearchEngine } from '../engine/search-engine.port.js';
import { ListingDocumentRepository, SEARCHABLE } from './listing-document.repository.js';
import { ListingTermsRepository } from './listing-terms.repository.js';
import { queryRows } from './query-rows.js';
import { tryExclusiveSyncLock, withExclusiveSyncLock } from './sync-lock.js';

/** Batches being analysed (in the engine's worker threads) and written at once. */
const WRITES_IN_FLIGHT = 4;
/** Listings a rebuild reads, analyses and writes at a time. */
export const REBUILD_BATCH_SIZE = 2000;

export interface RebuildReport {
  documents: number;
  seconds: number;
  /** Queued changes the rebuilt index already contains, removed from the queue. */
  settledChanges: number;
}

export interface RebuildOptions {
  /** Called after each batch with documents written so far and the total. */
  progress?: (done: number, total: number) => void;
  /** Give up (undefined) instead of waiting when another rebuild or verify holds the index. */
  skipIfBusy?: boolean;
  batchSize?: number;
}

/**
 * Rebuilds the index from the database into a fresh index swapped in atomically, and rewrites
 * every listing's scoring terms into a fresh table swapped in with it (see TermsRefill). Workers pause
 * (exclusive sync lock) so nothing writes the old index meanwhile; every listing is read from one
 * REPEATABLE READ snapshot, and queued changes that snapshot already contains are settled. Changes
 * committed after the snapshot stay queued and are applied to the new index when workers resume.
 */
@Injectable()
export class SearchRebuildService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly documents: ListingDocumentRepository,
    private readonly terms: ListingTermsRepository,
  ) {}

  rebuild(options: RebuildOptions = {}): Promise<RebuildReport | undefined> {
    const lock = options.skipIfBusy ? tryExclusiveSyncLock : withExclusiveSyncLock;
    return lock(this.dataSource, () => this.rebuildLocked(options));
  }

  private async rebuildLocked(options: RebuildOptions): Promise<RebuildReport> {
    const started = Date.now();
    // Both or neither: one begun alone would hold its connections (and their open transactions) for ever.
    const [target, terms] = await beginAll([this.engine.beginRebuild(), this.terms.beginRefill()], (began) => began.abort());
    try {
      const snapshot = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        const queued = await queuedChanges(manager);
        const write = async (batch: ListingDocument[]) => {
          await Promise.all([target.upsert(batch), terms.write(batch)]);
        };
        const documents = await this.copyAll(manager, write, options);
        return { queued, documents };
      });
      await Promise.all([target.commit(), terms.commit()]);
      const settledChanges = await this.settle(snapshot.queued);
      return { documents: snapshot.documents, seconds: (Date.now() - started) / 1000, settledChanges };
    } catch (error) {
      await Promise.all([target.abort(), terms.abort()]).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Copies every searchable listing into the new index, several batches in flight: while the
   * database stores some, the next are read and segmented.
   */
  private async copyAll(manager: EntityManager, write: (documents: ListingDocument[]) => Promise<void>, options: RebuildOptions): Promise<number> {
    const [{ total }] = await manager.query(`SELECT count(*)::int AS total FROM listing l WHERE ${SEARCHABLE}`);
    let done = 0;
    const inFlight = new Set<Promise<void>>();
    for await (const batch of this.documents.allSearchable(manager, options.batchSize ?? REBUILD_BATCH_SIZE)) {
      if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
      const writing: Promise<void> = write(batch).then(() => {
        inFlight.delete(writing);
        done += batch.length;
        options.progress?.(done, total);
      });
      writing.catch(() => undefined); // a failure surfaces through race / all below, not as an unhandled rejection
      inFlight.add(writing);
    }
    await Promise.all(inFlight);
    return done;
  }

  /** Removes the queued changes the snapshot contained (unless they changed again since) and the rebuild requests it saw. */
  private async settle(queued: QueuedChanges): Promise<number> {
    const settled = await queryRows(this.dataSource,
      `DELETE FROM search_outbox o USING unnest($1::uuid[], $2::bigint[]) AS q(listing_id, seq)
       WHERE o.listing_id = q.listing_id AND o.seq = q.seq RETURNING o.listing_id`,
      [queued.listingIds, queued.seqs],
    );
    await this.dataSource.query(
      `DELETE FROM search_fanout f USING unnest($1::text[], $2::bigint[]) AS q(fanout, seq)
       WHERE f.scope || ':' || f.key = q.fanout AND f.seq = q.seq`,
      [queued.fanouts, queued.fanoutSeqs],
    );
    await this.dataSource.query(`DELETE FROM search_rebuild_request WHERE id = ANY($1::bigint[])`, [queued.requestIds]);
    return settled.length;
  }
}

interface QueuedChanges {
  listingIds: string[];
  seqs: string[];
  fanouts: string[];
  fanoutSeqs: string[];
  requestIds: string[];
}

/** Everything queued as the snapshot sees it: all of it is in the snapshot, hence in the rebuilt index. */
async function queuedChanges(manager: EntityManager): Promise<QueuedChanges> {
  const changes: { listing_id: string; seq: string }[] = await manager.query(`SELECT listing_id, seq::text AS seq FROM search_outbox`);
  const fanouts: { fanout: string; seq: string }[] = await manager.query(`SELECT scope || ':' || key AS fanout, seq::text AS seq FROM search_fanout`);
  const requests: { id: string }[] = await manager.query(`SELECT id::text AS id FROM search_rebuild_request`);
  return {
    listingIds: changes.map((c) => c.listing_id), seqs: changes.map((c) => c.seq),
    fanouts: fanouts.map((f) => f.fanout), fanoutSeqs: fanouts.map((f) => f.seq), requestIds: requests.map((r) => r.id),
  };
}

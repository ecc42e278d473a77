import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { fingerprintOf } from '../engine/listing-document.js';
import { SEARCH_ENGINE, type SearchEngine } from '../engine/search-engine.port.js';
import { ListingDocumentRepository } from './listing-document.repository.js';
import { QUEUED_LISTINGS_SQL } from './search-outbox.repository.js';
import { withExclusiveSyncLock } from './sync-lock.js';

/** What the index holds compared with what the database says it should. */
export interface DriftReport {
  /** Searchable listings in the database. */
  expected: number;
  /** Documents in the index. */
  indexed: number;
  /** Searchable listings missing from the index. */
  missing: string[];
  /** Documents of listings that are not (or no longer) searchable. */
  extra: string[];
  /** Documents whose content differs from the listing's current state. */
  stale: string[];
  /** Listings with a change still queued: not drift, just not synced yet (left out of the lists above). */
  pending: number;
}

export const hasDrift = (report: DriftReport) => report.missing.length + report.extra.length + report.stale.length > 0;

/**
 * Compares database and index. Workers pause meanwhile (exclusive sync lock), so the index holds
 * still while it is read; the database is then read in one snapshot, and listings with a change
 * still queued are left out — what remains is real drift, which only a lost update would cause.
 */
@Injectable()
export class SearchVerifyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly documents: ListingDocumentRepository,
  ) {}

  async verify(): Promise<DriftReport> {
    return (await withExclusiveSyncLock(this.dataSource, () => this.compare()))!;
  }

  private async compare(): Promise<DriftReport> {
    const indexed = new Map<string, string>();
    for await (const page of this.engine.fingerprints()) page.forEach(({ id, fingerprint }) => indexed.set(id, fingerprint));
    const { expected, pending, expiring } = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const queued: { listing_id: string }[] = await manager.query(QUEUED_LISTINGS_SQL);
      const wanted = new Map<string, string>();
      for await (const page of this.documents.allSearchable(manager, 5000)) page.forEach((doc) => wanted.set(doc.id, fingerprintOf(doc)));
      return { expected: wanted, pending: new Set(queued.map((row) => row.listing_id)), expiring: await this.documents.expiringIds(manager) };
    });
    // Past its window but not yet stored EXPIRED by the sweeper: searches already leave it out, indexed or not.
    const settled = (id: string) => !pending.has(id) && !expiring.has(id);
    return {
      expected: expected.size,
      indexed: indexed.size,
      missing: [...expected.keys()].filter((id) => !indexed.has(id) && settled(id)),
      extra: [...indexed.keys()].filter((id) => !expected.has(id) && settled(id)),
      stale: [...expected].filter(([id, fingerprint]) => indexed.has(id) && indexed.get(id) !== fingerprint && settled(id)).map(([id]) => id),
      pending: pending.size,
    };
  }
}

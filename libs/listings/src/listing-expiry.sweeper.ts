import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { listingStatusSql } from './listing-lifecycle.js';
import { ListingStatus } from './listing.entity.js';

/**
 * Stores EXPIRED on live listings whose window has ended. Readers already see them as EXPIRED
 * (statusAsRead); storing it makes the change a real write with a new version, so the listing
 * triggers (search.triggers.ts, match-refresh.triggers.ts) queue it: the index drops it and its
 * uncurated matches are retired. Safe with several processes; run every LISTING_EXPIRY_SWEEP_MS by
 * the background loop registry (apps/api/src/background).
 */
@Injectable()
export class ListingExpirySweeper {
  private readonly logger = new Logger(ListingExpirySweeper.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Returns how many listings it expired. */
  async sweep(): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `UPDATE listing SET status = 'EXPIRED', version = version + 1, updated_at = now()
       WHERE status IN ('ACTIVE', 'PAUSED') AND ${listingStatusSql('listing', ListingStatus.EXPIRED)}`,
    )) as [unknown, number];
    if (count > 0) this.logger.log(`${count} listing(s) expired`);
    return count;
  }
}

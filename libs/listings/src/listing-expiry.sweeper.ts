import { runEvery } from '@chainmatch/core';
import { AppConfig } from '@chainmatch/config';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { listingStatusSql } from './listing-lifecycle.js';
import { ListingStatus } from './listing.entity.js';

/**
 * Stores EXPIRED on live listings whose window has ended. Readers already see them as EXPIRED
 * (statusAsRead); storing it makes the change a real write with a new version, so the listing
 * triggers (search.triggers.ts, match-refresh.triggers.ts) queue it: the index drops it and its
 * uncurated matches are retired. Safe with several processes.
 */
@Injectable()
export class ListingExpirySweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ListingExpirySweeper.name);
  private stop?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.stop = runEvery(this.config.get('LISTING_EXPIRY_SWEEP_MS'), () => this.sweep(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

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

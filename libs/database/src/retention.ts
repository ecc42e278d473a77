import { AppConfig, type Environment } from '@chainmatch/config';
import { Injectable, Logger, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { deleteInBatches } from './delete-in-batches.js';

/** A numeric setting counting days (…_DAYS). */
type DaysSetting = { [K in keyof Environment]-?: Environment[K] extends number ? (K extends `${string}_DAYS` ? K : never) : never }[keyof Environment];

/** What a table keeps and for how long; declared by the lib owning the table, run by RetentionSweeper. */
export interface RetentionPolicy {
  /** What is deleted, for the log line ("audit log entries"). */
  what: string;
  /** A DELETE of at most `$1` rows that are past `$2` days of retention. */
  deleteBatchSql: string;
  /** The setting holding the days to keep. */
  keepDays: DaysSetting;
}

/**
 * Deletes what a retention policy no longer keeps, in batches that commit one by one, so tables
 * such as the audit log or the sessions cannot grow without bound. Run by the background loops
 * registered for each policy (apps/api/src/background).
 */
@Injectable()
export class RetentionSweeper {
  private readonly logger = new Logger('Retention');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many rows it deleted. */
  async sweep(policy: RetentionPolicy): Promise<number> {
    const deleted = await deleteInBatches(this.dataSource, policy.deleteBatchSql, [this.config.get(policy.keepDays)]);
    if (deleted > 0) this.logger.log(`${deleted} ${policy.what} past their retention deleted`);
    return deleted;
  }
}

@Module({ providers: [RetentionSweeper], exports: [RetentionSweeper] })
export class RetentionModule {}

import { AppConfig } from '@chainmatch/config';
import { deleteInBatches } from '@chainmatch/database';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Deletes audit log entries older than AUDIT_LOG_RETENTION_DAYS, so the log (one row per mutation,
 * refusals included) cannot grow without bound. Run by the audit-retention background loop.
 */
@Injectable()
export class AuditRetentionSweeper {
  private readonly logger = new Logger(AuditRetentionSweeper.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many entries it deleted. */
  async sweep(): Promise<number> {
    const deleted = await deleteInBatches(this.dataSource,
      `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < now() - make_interval(days => $2) LIMIT $1)`,
      [this.config.get('AUDIT_LOG_RETENTION_DAYS')]);
    if (deleted > 0) this.logger.log(`${deleted} audit log entries past their retention deleted`);
    return deleted;
  }
}

import { AppConfig } from '@chainmatch/config';
import { deleteInBatches } from '@chainmatch/database';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/**
 * Deletes sessions that ended (expired, or revoked) more than SESSION_RETENTION_DAYS ago: neither
 * their refresh token nor their access tokens can be used any more, and a token naming a deleted
 * session is refused like a revoked one. Run by the session-retention background loop.
 */
@Injectable()
export class SessionRetentionSweeper {
  private readonly logger = new Logger(SessionRetentionSweeper.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many sessions it deleted. */
  async sweep(): Promise<number> {
    const deleted = await deleteInBatches(this.dataSource,
      `DELETE FROM auth_session WHERE id IN (SELECT id FROM auth_session
         WHERE least(coalesce(revoked_at, 'infinity'), expires_at) < now() - make_interval(days => $2) LIMIT $1)`,
      [this.config.get('SESSION_RETENTION_DAYS')]);
    if (deleted > 0) this.logger.log(`${deleted} ended session(s) deleted`);
    return deleted;
  }
}

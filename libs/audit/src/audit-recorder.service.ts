import { runUnabortable } from '@chainmatch/database';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity.js';
import type { AuditEntry } from './mutation-outcomes.js';

@Injectable()
export class AuditRecorder {
  private readonly logger = new Logger(AuditRecorder.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores the entries in one statement of their own, after the mutations' transactions ended —
   * also for a request aborted by its deadline or its client (the entry says so). A failure is
   * logged and swallowed: the audit never turns a mutation's answer into an error.
   */
  async record(entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      await runUnabortable(() => this.dataSource.getRepository(AuditLogEntity).insert(entries));
    } catch (error) {
      const actions = entries.map((entry) => `${entry.action}:${entry.outcome}`).join(', ');
      this.logger.error(`audit entries not stored (${actions}): ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

import type { RetentionPolicy } from '@chainmatch/database';

/** Audit log entries are kept AUDIT_LOG_RETENTION_DAYS (run by the audit-retention loop). */
export const AUDIT_LOG_RETENTION: RetentionPolicy = {
  what: 'audit log entries',
  deleteBatchSql: `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < now() - make_interval(days => $2) LIMIT $1)`,
  keepDays: 'AUDIT_LOG_RETENTION_DAYS',
};

import { AuditLogEntity } from './audit-log.entity.js';
import { CreateAuditLog1764000008000 } from './migrations/1764000008000-CreateAuditLog.js';

export { AuditLogEntity } from './audit-log.entity.js';
export { AuditLogArgs, AuditLogFilter } from './audit-log.inputs.js';
export { AuditLogQueryService } from './audit-log-query.service.js';
export { AuditLogEntry, AuditLogEntryConnection } from './audit-log.types.js';
export { AuditRecorder } from './audit-recorder.service.js';
export { AUDIT_LOG_RETENTION } from './audit-retention.js';
export { AUDIT_TARGETS } from './audit-targets.js';
export type { AuditTarget } from './audit-targets.js';
export { AuditModule } from './audit.module.js';
export type { AuditEntry } from './mutation-outcomes.js';

export const auditEntities = [AuditLogEntity];
export const auditMigrations = [CreateAuditLog1764000008000];

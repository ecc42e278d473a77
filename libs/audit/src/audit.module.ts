import { Module } from '@nestjs/common';
import { AuditLogQueryService } from './audit-log-query.service.js';
import { AuditLogResolver } from './audit-log.resolver.js';
import { AuditRecorder } from './audit-recorder.service.js';
import { AuditPlugin } from './audit.plugin.js';

/** The audit log: AuditPlugin is found by the Apollo driver (@Plugin) and records every mutation. */
@Module({
  providers: [AuditRecorder, AuditPlugin, AuditLogQueryService, AuditLogResolver],
  exports: [AuditRecorder, AuditLogQueryService],
})
export class AuditModule {}

import { Allow, CurrentUser, Role, type AuthUser } from '@chainmatch/auth';
import type { Connection } from '@chainmatch/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { AuditLogEntity } from './audit-log.entity.js';
import { AuditLogArgs } from './audit-log.inputs.js';
import { AuditLogQueryService } from './audit-log-query.service.js';
import { AuditLogEntry, AuditLogEntryConnection } from './audit-log.types.js';

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  constructor(private readonly queries: AuditLogQueryService) {}

  @Allow(Role.ADMIN, Role.ALLIANCE_STAFF)
  @Query(() => AuditLogEntryConnection, {
    description: 'Every mutation as attempted, newest first. Admins see all; alliance staff only entries about listings and enterprises inside their coverage.',
  })
  auditLog(@Args() args: AuditLogArgs, @CurrentUser() user: AuthUser | undefined): Promise<Connection<AuditLogEntity>> {
    return this.queries.list(user, args.filter ?? {}, args);
  }
}

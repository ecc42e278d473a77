import { Role } from '@chainmatch/auth';
import { ConnectionType } from '@chainmatch/core';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One root mutation as attempted: who, what, on what, and how it ended. Arguments are never recorded.' })
export class AuditLogEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Null for anonymous callers.' })
  actorUserId: string | null;

  @Field(() => Role, { nullable: true })
  actorRole: Role | null;

  @Field({ description: 'The mutation, e.g. `updateListing`.' })
  action: string;

  @Field(() => String, { nullable: true, description: 'LISTING, ENTERPRISE, ALLIANCE, USER …' })
  targetType: string | null;

  @Field(() => ID, { nullable: true })
  targetId: string | null;

  @Field({
    description: 'OK, or the `extensions.code` the caller received (BAD_USER_INPUT, FORBIDDEN, RATE_LIMITED …); '
      + 'NOT_EXECUTED for a mutation skipped because an earlier one in the same operation failed.',
  })
  outcome: string;

  @Field(() => String, { nullable: true, description: 'The refusal\'s `extensions.reason`.' })
  reason: string | null;
}

export const AuditLogEntryConnection = ConnectionType(AuditLogEntry, 'AuditLogEntry');

import { ConnectionType } from '@chainmatch/core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { InterestStatus } from './interest.entity.js';

registerEnumType(InterestStatus, {
  name: 'InterestStatus',
  description: 'PENDING until the listing\'s owner ACCEPTS or DECLINES it, the sender WITHDRAWS it, or it EXPIRES unanswered.',
});

/**
 * Resolvers return `InterestEntity` rows: the fields below are read from the row; status (as of
 * now), the listing and both enterprises come from `InterestFieldsResolver`.
 */
@ObjectType({ description: 'An enterprise\'s message on another enterprise\'s listing; seen by both enterprises\' members.' })
export class Interest {
  @Field(() => ID)
  id: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'Given by the owner when declining.' })
  declineReason: string | null;

  @Field()
  createdAt: Date;

  @Field({ description: 'When it expires if still unanswered.' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the owner accepted or declined it.' })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field(() => Int, { description: 'Increases by one on every change; pass it back as `expectedVersion`.' })
  version: number;
}

export const InterestConnection = ConnectionType(Interest, 'Interest');

import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

export const ADCODE = /^\d{6}$/;
export const FILTER_VALUES_MAX = 50;
export const SNAPSHOT_ID_FORMAT = /^[1-9]\d{0,18}$/;

/** Which snapshot a query reads: the newest finished one unless named. */
@ArgsType()
export class SnapshotArgs {
  @Field(() => ID, { nullable: true, description: 'A finished snapshot (from insightSnapshots); the newest when omitted.' })
  @IsOptional() @Matches(SNAPSHOT_ID_FORMAT, { message: 'snapshotId must be a snapshot id' })
  snapshotId?: string | null;
}

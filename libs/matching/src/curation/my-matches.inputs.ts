import { PageArgs } from '@chainmatch/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { MatchStatus } from '../match.entity.js';

/** What a member sees by default: matches still open or with an outcome, not dismissed or retired ones. */
export const MY_MATCH_STATUSES = Object.values(MatchStatus).filter((s) => s !== MatchStatus.DISMISSED && s !== MatchStatus.RETIRED);

@ArgsType()
export class MyMatchesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the matches of this listing of the member\'s enterprise.' })
  @IsOptional() @IsUUID()
  listingId?: string;

  @Field(() => [MatchStatus], { nullable: true, description: 'Defaults to every status but DISMISSED and RETIRED.' })
  @IsOptional() @ArrayMaxSize(9) @IsEnum(MatchStatus, { each: true })
  statuses?: MatchStatus[];
}

import { PageArgs } from '@chainmatch/core';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { InterestStatus } from './interest.entity.js';

const NOT_BLANK = /\S/;

@ArgsType()
export class ExpressInterestArgs {
  @Field(() => ID) @IsUUID(undefined, { message: 'listingId is not a valid id (UUID)' })
  listingId: string;

  @Field({ description: 'What the sender offers or asks, at most 2000 characters; the owner reads it before answering.' })
  @Matches(NOT_BLANK, { message: 'message must not be blank' }) @MaxLength(2000)
  message: string;
}

@ArgsType()
export class DeclineReasonArgs {
  @Field(() => String, { nullable: true, description: 'Shown to the sender, at most 500 characters.' })
  @IsOptional() @MaxLength(500)
  reason?: string | null;
}

@ArgsType()
export class InterestListArgs extends PageArgs {
  @Field(() => InterestStatus, { nullable: true, description: 'Only interest in this status (as of now); all when omitted.' })
  @IsOptional()
  status?: InterestStatus;

  @Field(() => ID, { nullable: true, description: 'Admins: whose interest to list (required). Members: their own enterprise (may be omitted).' })
  @IsOptional() @IsUUID(undefined, { message: 'enterpriseId is not a valid id (UUID)' })
  enterpriseId?: string;
}

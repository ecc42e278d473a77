import { References } from '@chainmatch/core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { FILTER_VALUES_MAX, SNAPSHOT_ID_FORMAT } from '../explain/insight.inputs.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: 'Matches of these chains (any when omitted), in these months (China time; inclusive).' })
export class FlowFilter {
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FILTER_VALUES_MAX) @MaxLength(40, { each: true }) @References('chain')
  chainIds?: string[];

  @Field(() => String, { nullable: true, description: 'First month, "YYYY-MM".' }) @IsOptional() @Matches(MONTH, { message: 'fromMonth must be a month as YYYY-MM' })
  fromMonth?: string | null;

  @Field(() => String, { nullable: true, description: 'Last month, "YYYY-MM".' }) @IsOptional() @Matches(MONTH, { message: 'toMonth must be a month as YYYY-MM' })
  toMonth?: string | null;
}

@ArgsType()
export class IntegrationFlowsArgs {
  @Field(() => FlowFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => FlowFilter)
  filter?: FlowFilter;

  @Field(() => ID, { nullable: true, description: 'A finished snapshot; the newest when omitted.' })
  @IsOptional() @Matches(SNAPSHOT_ID_FORMAT, { message: 'snapshotId must be a snapshot id' })
  snapshotId?: string | null;
}

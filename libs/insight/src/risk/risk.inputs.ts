import { PageArgs, References } from '@chainmatch/core';
import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ADCODE, FILTER_VALUES_MAX, SNAPSHOT_ID_FORMAT, SnapshotArgs } from '../explain/insight.inputs.js';
import { RiskClass } from './risk-class.js';

export enum RiskScope {
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
}
registerEnumType(RiskScope, { name: 'RiskScope', description: 'PROVINCE: segment × province rows; REGION: segment rows for the whole region.' });

@InputType({ description: 'All given filters must hold (AND); a list matches any of its values (OR).' })
export class SegmentRiskFilter {
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FILTER_VALUES_MAX) @MaxLength(40, { each: true }) @References('chain')
  chainIds?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FILTER_VALUES_MAX) @MaxLength(80, { each: true }) @References('segment')
  segmentIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Province rows of these provinces (region rows are kept unless `scope` is PROVINCE).' })
  @IsOptional() @ArrayMaxSize(4) @Matches(ADCODE, { each: true }) @References('province')
  provinceAdcodes?: string[];

  @Field(() => RiskScope, { nullable: true, description: 'Both when omitted.' }) @IsOptional() @IsEnum(RiskScope)
  scope?: RiskScope;

  @Field(() => [RiskClass], { nullable: true }) @IsOptional() @ArrayMaxSize(7) @IsEnum(RiskClass, { each: true })
  riskClasses?: RiskClass[];
}

@ArgsType()
export class SegmentRisksArgs extends PageArgs {
  @Field(() => SegmentRiskFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SegmentRiskFilter)
  filter?: SegmentRiskFilter;

  @Field(() => ID, { nullable: true, description: 'A finished snapshot; the newest when omitted (later pages follow their cursor\'s).' })
  @IsOptional() @Matches(SNAPSHOT_ID_FORMAT, { message: 'snapshotId must be a snapshot id' })
  snapshotId?: string | null;
}

@ArgsType()
export class SegmentRiskHistoryArgs extends PageArgs {
  @Field() @MaxLength(80) @References('segment')
  segmentId: string;

  @Field(() => String, { nullable: true, description: 'A province; the whole region when omitted.' }) @IsOptional() @Matches(ADCODE) @References('province')
  provinceAdcode?: string | null;
}

@ArgsType()
export class ChainArgs extends SnapshotArgs {
  @Field() @MaxLength(40) @References('chain')
  chainId: string;
}

@ArgsType()
export class ChainRiskGraphArgs extends ChainArgs {
  @Field(() => String, { nullable: true, description: 'A province; the whole region when omitted.' }) @IsOptional() @Matches(ADCODE) @References('province')
  provinceAdcode?: string | null;
}

import { PageArgs, References } from '@chainmatch/core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ADCODE, FILTER_VALUES_MAX, SNAPSHOT_ID_FORMAT } from '../explain/insight.inputs.js';
import { ClusterStage } from './cluster-stage.js';

@InputType({ description: 'All given filters must hold (AND); a list matches any of its values (OR).' })
export class ClusterFilter {
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FILTER_VALUES_MAX) @MaxLength(40, { each: true }) @References('chain')
  chainIds?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(4) @Matches(ADCODE, { each: true }) @References('province')
  provinceAdcodes?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FILTER_VALUES_MAX) @Matches(ADCODE, { each: true }) @References('city')
  cityAdcodes?: string[];

  @Field(() => [ClusterStage], { nullable: true, description: 'Defaults to every stage but DISPERSED: the clusters.' })
  @IsOptional() @ArrayMaxSize(5) @IsEnum(ClusterStage, { each: true })
  stages?: ClusterStage[];
}

@ArgsType()
export class IndustrialClustersArgs extends PageArgs {
  @Field(() => ClusterFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ClusterFilter)
  filter?: ClusterFilter;

  @Field(() => ID, { nullable: true, description: 'A finished snapshot; the newest when omitted (later pages follow their cursor\'s).' })
  @IsOptional() @Matches(SNAPSHOT_ID_FORMAT, { message: 'snapshotId must be a snapshot id' })
  snapshotId?: string | null;
}

import { PageArgs, References } from '@chainmatch/core';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ADCODE, FILTER_VALUES_MAX } from '../explain/insight.inputs.js';

@InputType({ description: 'All given filters must hold (AND); a list matches any of its values (OR).' })
export class ChainLeaderFilter {
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FILTER_VALUES_MAX) @MaxLength(40, { each: true }) @References('chain')
  chainIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Leaders located in these provinces.' })
  @IsOptional() @ArrayMaxSize(4) @Matches(ADCODE, { each: true }) @References('province')
  provinceAdcodes?: string[];
}

@ArgsType()
export class ChainLeadersArgs extends PageArgs {
  @Field(() => ChainLeaderFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ChainLeaderFilter)
  filter?: ChainLeaderFilter;
}

@ArgsType()
export class ChainLeaderKeyArgs {
  @Field(() => ID) @IsUUID('all', { message: 'enterpriseId must be an enterprise id' })
  enterpriseId: string;

  @Field() @MaxLength(40) @References('chain')
  chainId: string;
}

@ArgsType()
export class MarkChainLeaderArgs extends ChainLeaderKeyArgs {
  @Field(() => String, { nullable: true, description: 'Why it leads the chain; shown with it.' }) @IsOptional() @Length(1, 500)
  note?: string | null;
}

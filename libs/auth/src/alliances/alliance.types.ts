import { References } from '@chainmatch/core';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { NewAccountInput } from '../accounts/account.inputs.js';

@ObjectType({ description: 'An industry alliance: its staff curate and moderate within its chains and provinces.' })
export class Alliance {
  @Field(() => ID)
  id: string;

  @Field()
  nameZh: string;

  @Field(() => String, { nullable: true })
  nameEn: string | null;

  @Field(() => [String], { description: 'Ids of the chains covered.' })
  chainIds: string[];

  @Field(() => [String], { description: 'Adcodes of the provinces covered.' })
  provinceAdcodes: string[];

  @Field()
  createdAt: Date;
}

@InputType()
export class CreateAllianceInput {
  @Field() @Length(2, 200)
  nameZh: string;

  @Field({ nullable: true }) @IsOptional() @Length(2, 200)
  nameEn?: string;

  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @Length(1, 40, { each: true }) @References('chain')
  chainIds: string[];

  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(4) @ArrayUnique() @Matches(/^\d{6}$/, { each: true }) @References('province')
  provinceAdcodes: string[];
}

@InputType()
export class CreateStaffAccountInput extends NewAccountInput {
  @Field(() => ID) @IsUUID()
  allianceId: string;
}

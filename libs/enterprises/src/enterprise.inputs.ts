import { inheritReferences, PageArgs, References } from '@chainmatch/core';
import { GeoPointInput } from '@chainmatch/regions';
import { ArgsType, Field, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { EnterpriseSize } from './enterprise.entity.js';
import { IsMainlandPhone } from './phone-number.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const ADCODE = /^\d{6}$/;
const ADCODE_MESSAGE = '$property must be a 6-digit GB/T 2260 adcode';

@InputType({ description: 'Contact details; the whole contact is replaced when given.' })
export class EnterpriseContactInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Mainland mobile or landline, e.g. 138 0013 8000 or 0571-8702 2088.' })
  @IsOptional()
  @Transform(trim)
  @IsMainlandPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  email?: string | null;
}

@InputType()
export class RegisterEnterpriseInput {
  @Field({ description: 'Unified Social Credit Code; case and spaces are normalised.' })
  @IsString()
  uscc: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  nameZh: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 200)
  nameEn?: string | null;

  @Field({ description: 'County-level adcode of the location; city and province follow from it.' })
  @Matches(ADCODE, { message: ADCODE_MESSAGE })
  @References('county')
  countyAdcode: string;

  @Field(() => GeoPointInput, { nullable: true, description: 'Precise point; without it the county seat is used.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => GeoPointInput)
  location?: GeoPointInput | null;

  @Field(() => [String], { description: '1 to 10 distinct chain segments the enterprise works in.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsString({ each: true })
  @References('segment')
  segmentIds: string[];

  @Field(() => EnterpriseSize)
  @IsEnum(EnterpriseSize)
  size: EnterpriseSize;

  @Field(() => EnterpriseContactInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnterpriseContactInput)
  contact?: EnterpriseContactInput | null;
}

/**
 * Register's fields but the USCC, each optional: an omitted (undefined) field is left as is and not
 * validated, a given one — null included — is validated as on registration, so null clears only
 * what may be empty (nameEn, location, contact) and is refused elsewhere.
 */
@InputType({ description: 'Fields to change; an omitted field is left as is, null clears an optional one. The USCC cannot change.' })
export class UpdateEnterpriseInput extends PartialType(OmitType(RegisterEnterpriseInput, ['uscc'] as const), { skipNullProperties: false }) {}
inheritReferences(UpdateEnterpriseInput, RegisterEnterpriseInput);

@InputType({ description: 'All given criteria must hold.' })
export class EnterpriseFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ADCODE, { message: ADCODE_MESSAGE })
  @References('province')
  provinceAdcode?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(ADCODE, { message: ADCODE_MESSAGE })
  @References('city')
  cityAdcode?: string;

  @Field(() => String, { nullable: true, description: 'Enterprises working in this segment.' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  @References('segment')
  segmentId?: string;

  @Field(() => String, { nullable: true, description: 'Enterprises working in any segment of this chain.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @References('chain')
  chainId?: string;

  @Field(() => EnterpriseSize, { nullable: true })
  @IsOptional()
  @IsEnum(EnterpriseSize)
  size?: EnterpriseSize;

  @Field(() => Boolean, { nullable: true, description: 'true: only those waiting for review; false: only those not.' })
  @IsOptional()
  @IsBoolean()
  needsReview?: boolean;

  @Field(() => String, { nullable: true, description: 'Text contained in the Chinese or English name (case-insensitive).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  search?: string;
}

@ArgsType()
export class EnterprisesArgs extends PageArgs {
  @Field(() => EnterpriseFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => EnterpriseFilter)
  filter?: EnterpriseFilter | null;
}

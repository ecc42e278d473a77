import { References } from '@chainmatch/core';
import { GeoPointInput } from '@chainmatch/regions';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayUnique, IsEnum, IsInt, IsOptional, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { ListingKind, ListingStatus, QuantityBasis } from './listing.entity.js';

const ADCODE = /^\d{6}$/;
export const LIMITS = { keywords: 20, certifications: 20, attributes: 30, filterValues: 50 } as const;

@InputType()
export class SpecAttributeInput {
  @Field() @Length(1, 60)
  name: string;

  @Field() @Length(1, 200)
  value: string;
}

@InputType({ description: 'SUPPLY: what can be delivered; DEMAND: what is needed; per the basis.' })
export class QuantityInput {
  @Field(() => Float) @Min(0.001) @Max(1e12)
  amount: number;

  @Field({ description: 'A unit of the catalogue (`units`): its code, a name or an alias, e.g. "t", "吨" or "tonnes".' }) @Length(1, 40)
  unit: string;

  @Field(() => QuantityBasis) @IsEnum(QuantityBasis)
  basis: QuantityBasis;
}

@InputType({ description: 'Price per unit in CNY; either bound may be open, not both.' })
export class PriceRangeInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(1e12)
  minCny?: number;

  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(1e12)
  maxCny?: number;

  @Field({ description: 'The unit the price is per, as for a quantity ("kg": ¥ per kg).' }) @Length(1, 40)
  unit: string;
}

/** The editable content of a listing; shared by create and update. */
@InputType({ isAbstract: true })
export class ListingContentInput {
  @Field({ nullable: true }) @IsOptional() @Length(2, 120)
  title?: string;

  @Field({ nullable: true }) @IsOptional() @Length(10, 5000)
  description?: string;

  @Field({ nullable: true }) @IsOptional() @Length(1, 80) @References('segment')
  segmentId?: string;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(LIMITS.keywords) @Length(1, 40, { each: true })
  keywords?: string[];

  @Field(() => [SpecAttributeInput], { nullable: true })
  @IsOptional() @ArrayMaxSize(LIMITS.attributes) @ValidateNested({ each: true }) @Type(() => SpecAttributeInput)
  attributes?: SpecAttributeInput[];

  @Field(() => QuantityInput, { nullable: true, description: 'Null clears it.' }) @IsOptional() @ValidateNested() @Type(() => QuantityInput)
  quantity?: QuantityInput | null;

  @Field(() => PriceRangeInput, { nullable: true, description: 'Null clears it.' }) @IsOptional() @ValidateNested() @Type(() => PriceRangeInput)
  priceRange?: PriceRangeInput | null;

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(730)
  leadTimeDays?: number;

  @Field(() => [String], { nullable: true, description: 'SUPPLY: held; DEMAND: wanted of the supplier (a supplier lacking one ranks lower).' })
  @IsOptional() @ArrayMaxSize(LIMITS.certifications) @Length(1, 60, { each: true })
  certifications?: string[];

  @Field(() => [String], { nullable: true, description: 'DEMAND only: certifications a supplier must hold to be suggested at all.' })
  @IsOptional() @ArrayMaxSize(LIMITS.certifications) @Length(1, 60, { each: true })
  mandatoryCertifications?: string[];

  @Field({ nullable: true, description: 'Defaults to the enterprise\'s county.' }) @IsOptional() @Matches(ADCODE) @References('county')
  countyAdcode?: string;

  @Field(() => GeoPointInput, { nullable: true, description: 'Defaults to the enterprise\'s point, or the county\'s.' })
  @IsOptional() @ValidateNested() @Type(() => GeoPointInput)
  location?: GeoPointInput;

  @Field(() => [String], { nullable: true, description: 'Provinces served (SUPPLY) or accepted (DEMAND); empty = whole region.' })
  @IsOptional() @ArrayMaxSize(4) @ArrayUnique() @Matches(ADCODE, { each: true }) @References('province')
  servedProvinceAdcodes?: string[];

  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(2000)
  serviceRadiusKm?: number;

  @Field({ nullable: true, description: 'Defaults to now.' }) @IsOptional()
  validFrom?: Date;

  @Field({ nullable: true, description: 'Defaults to 90 days after validFrom; at most 365 days after it.' }) @IsOptional()
  validUntil?: Date;
}

@InputType()
export class CreateListingInput extends ListingContentInput {
  @Field(() => ID) @IsUUID()
  enterpriseId: string;

  @Field(() => ListingKind) @IsEnum(ListingKind)
  kind: ListingKind;

  @Field() @Length(2, 120)
  override title: string;

  @Field() @Length(10, 5000)
  override description: string;

  @Field() @Length(1, 80)
  override segmentId: string;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateListingInput extends ListingContentInput {}

@InputType({ description: 'All given filters must hold (AND); a list matches any of its values (OR).' })
export class ListingFilter {
  @Field(() => ListingKind, { nullable: true }) @IsOptional() @IsEnum(ListingKind)
  kind?: ListingKind;

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(LIMITS.filterValues) @MaxLength(40, { each: true }) @References('chain')
  chainIds?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(LIMITS.filterValues) @MaxLength(80, { each: true }) @References('segment')
  segmentIds?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(4) @Matches(ADCODE, { each: true }) @References('province')
  provinceAdcodes?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(LIMITS.filterValues) @Matches(ADCODE, { each: true }) @References('city')
  cityAdcodes?: string[];

  @Field(() => [ListingStatus], { nullable: true, description: 'Defaults to [ACTIVE].' })
  @IsOptional() @ArrayMaxSize(5) @IsEnum(ListingStatus, { each: true })
  statuses?: ListingStatus[];

  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID()
  enterpriseId?: string;
}

@ArgsType()
export class ModerationReasonArgs {
  @Field({ description: 'Shown to the listing\'s owner.' }) @Length(5, 500)
  reason: string;
}

import { References } from '@chainmatch/core';
import { ListingKind } from '@chainmatch/listings';
import { GeoPointInput } from '@chainmatch/regions';
import { Field, Float, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsEnum, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  DISTANCE = 'DISTANCE',
}

registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'RELEVANCE (the default with text; NEWEST without), NEWEST first, or DISTANCE from `near` (nearest first).',
});

/** Ids as the taxonomy writes them (ic, ic.packaging, new_materials.polymers …): nothing else reaches an engine filter. */
const TAXONOMY_ID = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$/;
const ADCODE = /^\d{6}$/;
const MAX_FILTER_VALUES = 50;

@InputType()
export class SearchNearInput {
  @Field(() => GeoPointInput) @ValidateNested() @Type(() => GeoPointInput)
  point: GeoPointInput;

  @Field(() => Float, { nullable: true, description: 'Only listings within this great-circle distance; unset: any distance (to sort by it).' })
  @IsOptional() @Min(0.1) @Max(1000)
  radiusKm?: number;
}

@InputType({ description: 'AND across fields, OR within a list. Only ACTIVE listings inside their validity window are ever found.' })
export class SearchListingsInput {
  @Field({ nullable: true, description: 'Chinese and/or English; synonyms (IC = 集成电路 = chip …) and small typos are tolerated.' })
  @IsOptional() @MaxLength(200)
  text?: string;

  @Field(() => ListingKind, { nullable: true }) @IsOptional() @IsEnum(ListingKind)
  kind?: ListingKind;

  @Field(() => [String], { nullable: true, description: 'Chain ids, e.g. ["ic", "nev"].' })
  @IsOptional() @ArrayMaxSize(MAX_FILTER_VALUES) @Matches(TAXONOMY_ID, { each: true, message: 'chainIds must be chain ids such as "ic"' })
  @References('chain')
  chainIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Segment ids, e.g. ["ic.packaging"].' })
  @IsOptional() @ArrayMaxSize(MAX_FILTER_VALUES) @Matches(TAXONOMY_ID, { each: true, message: 'segmentIds must be segment ids such as "ic.packaging"' })
  @References('segment')
  segmentIds?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(4) @Matches(ADCODE, { each: true }) @References('province')
  provinceAdcodes?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(MAX_FILTER_VALUES) @Matches(ADCODE, { each: true }) @References('city')
  cityAdcodes?: string[];

  @Field(() => SearchNearInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => SearchNearInput)
  near?: SearchNearInput;

  @Field({ nullable: true, description: 'Only listings of enterprises verified by alliance staff.' })
  @IsOptional() @IsBoolean()
  verifiedOnly?: boolean;

  @Field(() => SearchSort, { nullable: true }) @IsOptional() @IsEnum(SearchSort)
  sort?: SearchSort;
}

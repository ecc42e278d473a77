import { PageArgs, References } from '@chainmatch/core';
import { ArgsType, Field, Float, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsEnum, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MatchStatus } from '../match.entity.js';

const ADCODE = /^\d{6}$/;
const FILTER_VALUES_MAX = 50;
export const NOTE_MAX = 2000;
/** A trillion CNY: far above any order, well inside the column's numeric(16,2). */
const ORDER_AMOUNT_MAX = 1e12;

export enum MatchDismissReason {
  NOT_RELEVANT = 'NOT_RELEVANT',
  OUT_OF_REGION = 'OUT_OF_REGION',
  CAPACITY_MISMATCH = 'CAPACITY_MISMATCH',
  PRICE_MISMATCH = 'PRICE_MISMATCH',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}
registerEnumType(MatchDismissReason, { name: 'MatchDismissReason', description: 'Why staff dismissed a match (stored in `Match.dismissReason`).' });

/** The outcomes staff record after an introduction; each is the match status of the same name. */
export enum MatchOutcome {
  MEETING_HELD = 'MEETING_HELD',
  SAMPLE_SENT = 'SAMPLE_SENT',
  ORDER_PLACED = 'ORDER_PLACED',
  NO_DEAL = 'NO_DEAL',
}
registerEnumType(MatchOutcome, { name: 'MatchOutcome', description: 'MEETING_HELD and SAMPLE_SENT may be followed by more; ORDER_PLACED and NO_DEAL are final.' });

export enum CurationSort {
  SCORE_DESC = 'SCORE_DESC',
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
}
registerEnumType(CurationSort, { name: 'CurationSort', description: 'SCORE_DESC: best first (default); NEWEST / OLDEST: by when the match was made.' });

@InputType({ description: 'All given filters must hold (AND); a list matches any of its values (OR).' })
export class CurationQueueFilter {
  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FILTER_VALUES_MAX) @MaxLength(40, { each: true }) @References('chain')
  chainIds?: string[];

  @Field(() => [String], { nullable: true }) @IsOptional() @ArrayMaxSize(FILTER_VALUES_MAX) @MaxLength(80, { each: true }) @References('segment')
  segmentIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Matches whose demand or supply side lies in one of these provinces.' })
  @IsOptional() @ArrayMaxSize(4) @Matches(ADCODE, { each: true }) @References('province')
  provinceAdcodes?: string[];

  @Field(() => [MatchStatus], { nullable: true, description: 'Defaults to [SUGGESTED, SHORTLISTED]: what is still to curate.' })
  @IsOptional() @ArrayMaxSize(9) @IsEnum(MatchStatus, { each: true })
  statuses?: MatchStatus[];

  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(1)
  minScore?: number;

  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(1)
  maxScore?: number;

  @Field({ nullable: true, description: 'Matches made at or after this time.' }) @IsOptional()
  createdAfter?: Date;

  @Field({ nullable: true, description: 'Matches made before this time.' }) @IsOptional()
  createdBefore?: Date;
}

@ArgsType()
export class CurationQueueArgs extends PageArgs {
  @Field(() => CurationQueueFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => CurationQueueFilter)
  filter?: CurationQueueFilter;

  @Field(() => CurationSort, { nullable: true, defaultValue: CurationSort.SCORE_DESC }) @IsOptional() @IsEnum(CurationSort)
  sort?: CurationSort;
}

@ArgsType()
export class CurationNoteArgs {
  @Field(() => String, { nullable: true, description: 'Kept in the match\'s timeline.' })
  @IsOptional() @MaxLength(NOTE_MAX)
  note?: string | null;
}

@ArgsType()
export class DismissMatchArgs extends CurationNoteArgs {
  @Field(() => MatchDismissReason) @IsEnum(MatchDismissReason)
  reason: MatchDismissReason;
}

@ArgsType()
export class IntroduceMatchArgs {
  @Field({ description: 'How staff introduced the two parties; kept in the timeline.' }) @Length(1, NOTE_MAX)
  note: string;
}

@ArgsType()
export class RecordMatchOutcomeArgs extends CurationNoteArgs {
  @Field(() => MatchOutcome) @IsEnum(MatchOutcome)
  outcome: MatchOutcome;

  @Field(() => Float, { nullable: true, description: 'Required (> 0) for ORDER_PLACED, refused otherwise.' })
  @IsOptional() @Min(0.01) @Max(ORDER_AMOUNT_MAX)
  orderAmountCny?: number | null;

  @Field(() => String, { nullable: true, description: 'Required for NO_DEAL, refused otherwise.' })
  @IsOptional() @Length(1, 500)
  noDealReason?: string | null;
}

import { References } from '@chainmatch/core';
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { TERM_TYPES, type TermType } from '../model/lexicon.types.js';
import { TermTypeEnum } from './lexicon.types.js';

const TAXONOMY_ID = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)?$/;
const GROUP_ID = /^[a-z][a-z0-9_]*\.[a-z0-9][a-z0-9_-]*$/;
const MAX_TERMS = 40;
const MAX_TERM_LENGTH = 80;

/** A term group's content; the whole rule set (scripts, no term twice in a chain, a tree of broader links) is checked by the service. */
@InputType()
export class LexiconGroupContentInput {
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(20) @Matches(TAXONOMY_ID, { each: true }) @References('segment')
  segmentIds: string[];

  @Field(() => TermTypeEnum) @IsEnum(TermTypeEnum, { message: `type must be one of ${TERM_TYPES.join(', ')}` })
  type: TermType;

  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(MAX_TERMS) @IsString({ each: true }) @MaxLength(MAX_TERM_LENGTH, { each: true })
  zh: string[];

  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(MAX_TERMS) @IsString({ each: true }) @MaxLength(MAX_TERM_LENGTH, { each: true })
  variants: string[];

  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(MAX_TERMS) @IsString({ each: true }) @MaxLength(MAX_TERM_LENGTH, { each: true })
  en: string[];

  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(MAX_TERMS) @IsString({ each: true }) @MaxLength(MAX_TERM_LENGTH, { each: true })
  abbr: string[];

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(GROUP_ID)
  broaderId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why, for the audit trail.' }) @IsOptional() @MaxLength(500)
  note?: string | null;
}

@InputType()
export class CreateLexiconGroupInput extends LexiconGroupContentInput {
  @Field({ description: '`<chainId>.<name>` in lower case, e.g. nev.lfp-nano.' }) @Matches(GROUP_ID, { message: 'id must look like nev.lfp' })
  id: string;
}

@InputType()
export class LexiconGroupFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TAXONOMY_ID) @References('chain')
  chainId?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TAXONOMY_ID) @References('segment')
  segmentId?: string;

  @Field(() => String, { nullable: true, description: 'Groups with a term containing this text (any case).' }) @IsOptional() @MaxLength(80)
  text?: string;
}

/** Which edits `lexiconEdits` lists: one group's, one chain's, or all the caller may see. */
@ArgsType()
export class LexiconEditsArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(GROUP_ID)
  groupId?: string;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TAXONOMY_ID) @References('chain')
  chainId?: string;
}

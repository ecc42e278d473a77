import { ConnectionType } from '@chainmatch/core';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LexiconEditAction } from '../edits/lexicon-edit.entity.js';
import { TERM_TYPES, type TermType } from '../model/lexicon.types.js';

export const TermTypeEnum = Object.fromEntries(TERM_TYPES.map((type) => [type, type])) as { [K in TermType]: K };
registerEnumType(TermTypeEnum, { name: 'TermType', description: 'What a term group names.' });
registerEnumType(LexiconEditAction, { name: 'LexiconEditAction' });

@ObjectType({ description: 'Terms that mean the same to a buyer, in Chinese and English; search and matching treat them as one.' })
export class LexiconGroup {
  @Field(() => ID, { description: '`<chainId>.<name>`, e.g. nev.lfp.' })
  id: string;

  @Field()
  chainId: string;

  @Field(() => [String], { description: 'Segments where this is offered.' })
  segmentIds: string[];

  @Field(() => TermTypeEnum)
  type: TermType;

  @Field(() => [String], { description: 'Simplified Chinese names; the first is canonical.' })
  zh: string[];

  @Field(() => [String], { description: 'Traditional forms, abbreviations, trade names.' })
  variants: string[];

  @Field(() => [String], { description: 'English names; the first is canonical.' })
  en: string[];

  @Field(() => [String], { description: 'Latin-script abbreviations and codes (LFP, SiC).' })
  abbr: string[];

  @Field(() => String, { nullable: true, description: 'The more general group: a search for it also finds this one, ranked lower.' })
  broaderId: string | null;

  @Field(() => Int, { description: '1 as the data files have it or as created, +1 per staff edit since; pass it as expectedVersion.' })
  version: number;
}

@ObjectType({ description: 'One staff edit of a term group: who, when, what it was before and after.' })
export class LexiconEdit {
  @Field(() => ID)
  id: string;

  @Field()
  groupId: string;

  @Field()
  chainId: string;

  @Field(() => Int, { description: 'The group\'s version after this edit.' })
  version: number;

  @Field(() => LexiconEditAction)
  action: LexiconEditAction;

  @Field(() => LexiconGroup, { nullable: true, description: 'The group after the edit; null when it was deleted.' })
  group: LexiconGroup | null;

  @Field(() => LexiconGroup, { nullable: true, description: 'The group before the edit; null when it was created.' })
  previous: LexiconGroup | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID)
  editedBy: string;

  @Field()
  editedAt: Date;
}

export const LexiconGroupConnection = ConnectionType(LexiconGroup, 'LexiconGroup');
export const LexiconEditConnection = ConnectionType(LexiconEdit, 'LexiconEdit');

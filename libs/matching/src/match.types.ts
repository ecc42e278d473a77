import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MatchStatus } from './match.entity.js';
import { FACTOR_NAMES, type FactorName, type FactorRow } from './suggestions/factor.js';
import { VIEWPOINTS, type Viewpoint } from './suggestions/viewpoint.js';

registerEnumType(MatchStatus, {
  name: 'MatchStatus',
  description: 'SUGGESTED → SHORTLISTED → INTRODUCED → (MEETING_HELD, SAMPLE_SENT) → ORDER_PLACED | NO_DEAL; or DISMISSED; RETIRED by the system.',
});

export const MatchFactorName = Object.fromEntries(FACTOR_NAMES.map((name) => [name, name])) as Record<FactorName, FactorName>;
registerEnumType(MatchFactorName, { name: 'MatchFactorName' });

export const MatchViewpoint = Object.fromEntries(VIEWPOINTS.map((name) => [name, name])) as Record<Viewpoint, Viewpoint>;
registerEnumType(MatchViewpoint, {
  name: 'MatchViewpoint',
  description: 'Whose side an explanation is written from: BUYER reads about the supplier, SUPPLIER about the buyer.',
});

@ObjectType({ description: 'One reason of a match score: the factor\'s value in [0, 1], its weight, its share of the score, in words from the reader\'s side.' })
export class MatchFactor {
  @Field(() => MatchFactorName)
  factor: FactorName;

  @Field(() => Float)
  value: number;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, { description: 'value × weight / Σ weights (× the score\'s scale, when a price far above budget scales it); the contributions add up to the score.' })
  contribution: number;

  @Field({ description: 'In Chinese, units and places included, about the other party.' })
  sentenceZh: string;

  @Field({ description: 'In English, units and places included, about the other party.' })
  sentenceEn: string;
}

/** An explanation as one reader sees it. */
export function explanationFor(rows: FactorRow[], viewpoint: Viewpoint): MatchFactor[] {
  return rows.map(({ factor, value, weight, contribution, sentences }) => ({
    factor, value, weight, contribution, sentenceZh: sentences[viewpoint].zh, sentenceEn: sentences[viewpoint].en,
  }));
}

@ObjectType({ description: 'A step of a match\'s life.' })
export class MatchTimelineEntry {
  @Field(() => MatchStatus, { nullable: true })
  fromStatus: MatchStatus | null;

  @Field(() => MatchStatus)
  toStatus: MatchStatus;

  @Field(() => ID, { nullable: true, description: 'Who acted; null for the system.' })
  actorUserId: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field()
  at: Date;
}

/** Listing sides, explanation, timeline and contacts are resolved by the matching field resolvers. */
@ObjectType({ description: 'A supplier–buyer pair: one DEMAND and one SUPPLY listing, scored and explained.' })
export class Match {
  @Field(() => ID)
  id: string;

  @Field(() => Float, { description: 'In [0, 1].' })
  score: number;

  @Field(() => Float, { nullable: true, description: 'Great-circle distance between the two listings, km.' })
  distanceKm: number | null;

  @Field(() => MatchStatus)
  status: MatchStatus;

  @Field(() => String, { nullable: true })
  dismissReason: string | null;

  @Field(() => String, { nullable: true })
  noDealReason: string | null;

  @Field(() => Float, { nullable: true })
  orderAmountCny: number | null;

  @Field(() => Int)
  version: number;

  @Field()
  computedAt: Date;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

import { RiskClass } from '@chainmatch/insight';
import { InterestStatus } from '@chainmatch/interest';
import { MatchStatus } from '@chainmatch/matching';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MatchEventKind {
  SUGGESTED = 'SUGGESTED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}

registerEnumType(MatchEventKind, { name: 'MatchEventKind', description: 'SUGGESTED: a new or rescored suggestion; STATUS_CHANGED: curation moved it.' });

/** What interest subscriptions emit: the bus payload, with the status it reached. */
export interface InterestEventPayload {
  interestId: string;
  listingId: string;
  status: InterestStatus;
  ownerEnterpriseId: string;
  senderEnterpriseId: string;
}

/** What match subscriptions emit: either bus topic's payload, told apart by `kind`. */
export interface MatchEventPayload {
  kind: MatchEventKind;
  matchId: string;
  status: MatchStatus;
  chainId: string;
  provinceAdcodes: string[];
  demandEnterpriseId: string;
  supplyEnterpriseId: string;
}

@ObjectType({ description: 'Interest was expressed, answered, or expired unanswered; `interest` is how it stands now.' })
export class InterestEvent {
  @Field(() => ID)
  interestId: string;

  @Field(() => ID)
  listingId: string;

  @Field(() => InterestStatus, { description: 'The status the event brought it to.' })
  status: InterestStatus;
}

@ObjectType({ description: 'A match was suggested or changed its curation status; `match` is how it stands now.' })
export class MatchEvent {
  @Field(() => MatchEventKind)
  kind: MatchEventKind;

  @Field(() => ID)
  matchId: string;

  @Field(() => MatchStatus, { description: 'The status the event brought it to.' })
  status: MatchStatus;

  @Field({ description: 'The chain the match is about (its demand\'s).' })
  chainId: string;
}

/** What the risk subscription emits: the bus payload, with typed classes. */
export interface SegmentRiskChangePayload {
  snapshotId: string;
  riskId: string;
  segmentId: string;
  chainId: string;
  provinceAdcode: string | null;
  fromClass: RiskClass;
  toClass: RiskClass;
}

@ObjectType({ description: 'A recomputed snapshot moved a segment in an area to another risk class; `risk` is its row in that snapshot.' })
export class SegmentRiskChangeEvent {
  @Field(() => ID)
  snapshotId: string;

  @Field()
  segmentId: string;

  @Field()
  chainId: string;

  @Field(() => String, { nullable: true, description: 'Null: the whole region.' })
  provinceAdcode: string | null;

  @Field(() => RiskClass)
  fromClass: RiskClass;

  @Field(() => RiskClass)
  toClass: RiskClass;
}

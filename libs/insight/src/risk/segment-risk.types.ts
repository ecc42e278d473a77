import { ConnectionType } from '@chainmatch/core';
import { Segment } from '@chainmatch/chains';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ExplanationType, type Explanation } from '../explain/insight-explanation.type.js';
import { SnapshotRowType } from '../snapshots/snapshot-row.js';
import { RiskClass } from './risk-class.js';
import { RiskReasonCode } from './risk-classification.js';

export const RiskReason = ExplanationType(RiskReasonCode, 'RiskReason',
  'One reason for a segment\'s class, in Chinese and English, with the figures and thresholds that decided it.');
export type RiskReason = Explanation<RiskReasonCode>;

@ObjectType({ description: 'A feeding segment the segment depends on that is broken, at risk or single-sourced in the same area.' })
export class RiskExposure {
  @Field(() => Segment)
  segment: Segment;

  @Field(() => RiskClass)
  riskClass: RiskClass;

  @Field(() => [Segment], { description: 'Segments in between, nearest first; empty for a direct feeder.' })
  via: Segment[];
}

/** Segment, area, reasons, exposure and drill-down are resolved by the risk field resolvers. */
@ObjectType({ description: 'Broken-chain risk of one segment in one area (a province, or the whole region when `province` is null), from one snapshot.' })
export class SegmentRisk extends SnapshotRowType {
  @Field(() => RiskClass, { description: 'The class shown: AT_RISK replaces any but BROKEN when there is a warning.' })
  riskClass: RiskClass;

  @Field(() => RiskClass, { description: 'The class of the supply as it is, before warnings.' })
  baseClass: RiskClass;

  @Field(() => RiskClass, { description: 'The class once the supply lapsing within the lapse window is gone, unless renewed.' })
  classAfterLapse: RiskClass;

  @Field(() => RiskClass, { nullable: true, description: 'The class in the previous snapshot.' })
  previousClass: RiskClass | null;

  @Field(() => Int, { description: 'Live DEMAND listings of the segment in the area.' })
  demandListings: number;

  @Field(() => Int, { description: 'Distinct enterprises behind them.' })
  buyers: number;

  @Field(() => Int, { description: 'Live SUPPLY listings of the segment in the area.' })
  supplyListings: number;

  @Field(() => Int, { description: 'Distinct supplying enterprises.' })
  suppliers: number;

  @Field(() => Float, { nullable: true, description: 'Herfindahl–Hirschman index over supplying enterprises\' shares (0–1); null without supply.' })
  hhi: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the area\'s supply held by its top city.' })
  topCityShare: number | null;

  @Field(() => Int, { description: 'Supply listings whose validity ends within the lapse window.' })
  lapsingSupplyListings: number;

  @Field(() => Int)
  supplyListingsAfterLapse: number;

  @Field(() => Int)
  suppliersAfterLapse: number;

  @Field(() => Float, { nullable: true })
  hhiAfterLapse: number | null;

  @Field(() => Float, { nullable: true })
  topCityShareAfterLapse: number | null;

  @Field(() => Int, { description: 'DEMAND listings published in the last period.' })
  newDemand: number;

  @Field(() => Int, { description: 'DEMAND listings published in the period before.' })
  previousDemand: number;

  @Field(() => Float, { nullable: true, description: 'Share of live demand with at least one supplier of the area on offer (suggested, not dismissed, its listing live; '
    + 'the matcher also suggests suppliers of directly feeding segments); null without demand.' })
  localSupplyRate: number | null;

  @Field(() => Float, { nullable: true, description: 'Median days from a demand\'s publication to its first suggested supplier of the area.' })
  medianDaysToSuggestion: number | null;
}

export const SegmentRiskConnection = ConnectionType(SegmentRisk, 'SegmentRisk');

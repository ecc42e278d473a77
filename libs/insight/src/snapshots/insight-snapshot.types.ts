import { ConnectionType } from '@chainmatch/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConcentrationBasis } from '../compute/supply-share.js';
import { InsightSnapshotStatus, InsightSnapshotTrigger } from './insight-snapshot.entity.js';

registerEnumType(InsightSnapshotStatus, { name: 'InsightSnapshotStatus', description: 'RUNNING (see progress), DONE, or FAILED (see error).' });
registerEnumType(InsightSnapshotTrigger, { name: 'InsightSnapshotTrigger', description: 'SCHEDULE: the periodic recompute; ON_DEMAND: asked for by staff.' });

@ObjectType({ description: 'The thresholds a snapshot was computed with (configuration at the time), so its explanations can be defended.' })
export class InsightThresholdValues {
  @Field(() => Float, { description: 'CONCENTRATED above this HHI.' })
  hhiMax: number;

  @Field(() => Float, { description: 'CONCENTRATED when one city holds more than this share of an area\'s supply.' })
  topCityShareMax: number;

  @Field(() => Float, { description: 'THIN below this many supply listings per demand listing.' })
  thinSupplyRatio: number;

  @Field(() => Int, { description: 'Supply ending within this many days is lapsing.' })
  lapseDays: number;

  @Field(() => Int, { description: 'The period demand and clusters are compared over.' })
  periodDays: number;

  @Field(() => Float)
  demandJumpMultiple: number;

  @Field(() => Int)
  demandJumpMinListings: number;

  @Field(() => Int)
  clusterMinEnterprises: number;

  @Field(() => Float)
  clusterMatureLq: number;

  @Field(() => Float)
  clusterMatureShare: number;

  @Field(() => Float)
  clusterGrowth: number;

  @Field(() => Float)
  clusterDecline: number;

  @Field(() => ConcentrationBasis)
  concentrationBasis: ConcentrationBasis;
}

@ObjectType({ description: 'One recomputation of the insight tables: dated, with the thresholds it used and, while RUNNING, its progress.' })
export class InsightSnapshot {
  @Field(() => ID)
  id: string;

  @Field(() => InsightSnapshotStatus)
  status: InsightSnapshotStatus;

  @Field(() => InsightSnapshotTrigger)
  trigger: InsightSnapshotTrigger;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'The moment the figures describe (set when DONE).' })
  takenAt: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt: Date | null;

  @Field(() => Int)
  stepsDone: number;

  @Field(() => Int)
  stepsTotal: number;

  @Field(() => String, { nullable: true, description: 'The step under way while RUNNING.' })
  currentStep: string | null;

  @Field(() => String, { nullable: true, description: 'Why it FAILED.' })
  error: string | null;

  @Field(() => InsightThresholdValues)
  thresholds: InsightThresholdValues;
}

export const InsightSnapshotConnection = ConnectionType(InsightSnapshot, 'InsightSnapshot');

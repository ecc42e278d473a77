import { SegmentStage } from '@chainmatch/chains';
import { ConnectionType } from '@chainmatch/core';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ExplanationType, type Explanation } from '../explain/insight-explanation.type.js';
import { SnapshotRowType } from '../snapshots/snapshot-row.js';
import { ClusterEvidenceCode } from './cluster-classification.js';
import { ClusterStage } from './cluster-stage.js';

export const ClusterEvidence = ExplanationType(ClusterEvidenceCode, 'ClusterEvidence',
  'One piece of evidence for a cluster\'s stage, in Chinese and English, with its figures and thresholds.');
export type ClusterEvidence = Explanation<ClusterEvidenceCode>;

@ObjectType({ description: 'Enterprises and live listings of one stage of the chain in the city.' })
export class ClusterStageFigures {
  @Field(() => SegmentStage)
  stage: SegmentStage;

  @Field(() => Int)
  enterprises: number;

  @Field(() => Int)
  liveListings: number;
}

/** Chain, city, province, stages and evidence are resolved by the cluster field resolvers. */
@ObjectType({ description: 'A chain\'s presence in one city from one snapshot: how concentrated, how complete, at what stage of development.' })
export class IndustrialCluster extends SnapshotRowType {
  @Field(() => ClusterStage)
  stage: ClusterStage;

  @Field(() => ClusterStage, { nullable: true, description: 'The stage in the previous snapshot.' })
  previousStage: ClusterStage | null;

  @Field(() => Int, { description: 'Enterprises of the city working in the chain (each once, whatever its stages).' })
  enterprises: number;

  @Field(() => Int, { description: 'Live listings of the chain in the city.' })
  liveListings: number;

  @Field(() => Int, { description: 'Live listings a period ago (as far as the listings\' dates tell).' })
  liveListingsPeriodAgo: number;

  @Field(() => Float, { nullable: true, description: '(enterprises / cityEnterprises) / (chainRegionEnterprises / regionEnterprises); above 1: more concentrated here than in the region.' })
  locationQuotient: number | null;

  @Field(() => Int, { description: 'All enterprises of the city.' })
  cityEnterprises: number;

  @Field(() => Int, { description: 'Enterprises of the chain in the whole region.' })
  chainRegionEnterprises: number;

  @Field(() => Int, { description: 'All enterprises of the region.' })
  regionEnterprises: number;
}

export const IndustrialClusterConnection = ConnectionType(IndustrialCluster, 'IndustrialCluster');

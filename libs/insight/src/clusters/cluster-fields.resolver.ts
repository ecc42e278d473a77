import { Chain, SegmentStage, TaxonomyService } from '@chainmatch/chains';
import { City, Province, RegionDirectory } from '@chainmatch/regions';
import { Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InsightPlaces } from '../explain/insight-places.js';
import { asMeasure } from '../explain/measure.js';
import { SnapshotQueryService } from '../snapshots/snapshot-query.service.js';
import { classifyCluster, listingChange } from './cluster-classification.js';
import { describeClusterEvidence } from './cluster-evidence.js';
import type { ClusterEntity } from './cluster.entity.js';
import { ClusterEvidence, ClusterStageFigures, IndustrialCluster } from './cluster.types.js';

@Resolver(() => IndustrialCluster)
export class ClusterFieldsResolver {
  constructor(
    private readonly snapshots: SnapshotQueryService,
    private readonly taxonomy: TaxonomyService,
    private readonly regions: RegionDirectory,
    private readonly places: InsightPlaces,
  ) {}

  @ResolveField(() => Chain)
  chain(@Parent() row: ClusterEntity): Chain | undefined {
    return this.taxonomy.chain(row.chainId);
  }

  @ResolveField(() => City, { description: 'With its coordinates, for a bubble map.' })
  city(@Parent() row: ClusterEntity): City | undefined {
    return this.regions.city(row.cityAdcode);
  }

  @ResolveField(() => Province)
  province(@Parent() row: ClusterEntity): Province | undefined {
    return this.regions.province(row.provinceAdcode);
  }

  @ResolveField(() => [ClusterStageFigures], { description: 'Upstream, midstream, downstream.' })
  byStage(@Parent() row: ClusterEntity): ClusterStageFigures[] {
    return [
      { stage: SegmentStage.UPSTREAM, enterprises: row.upstreamEnterprises, liveListings: row.upstreamListings },
      { stage: SegmentStage.MIDSTREAM, enterprises: row.midstreamEnterprises, liveListings: row.midstreamListings },
      { stage: SegmentStage.DOWNSTREAM, enterprises: row.downstreamEnterprises, liveListings: row.downstreamListings },
    ];
  }

  @ResolveField(() => [SegmentStage], { description: 'The stages with at least one enterprise in the city.' })
  stagesPresent(@Parent() row: ClusterEntity): SegmentStage[] {
    return this.byStage(row).filter((stage) => stage.enterprises > 0).map((stage) => stage.stage);
  }

  @ResolveField(() => Float, { nullable: true, description: 'Relative change of live listings over the period; null when there were none a period ago.' })
  listingChange(@Parent() row: ClusterEntity): number | null {
    return listingChange(row);
  }

  @ResolveField(() => [ClusterEvidence], { description: 'What decided the stage, with its figures and thresholds, then how the location quotient is made.' })
  async evidence(@Parent() row: ClusterEntity): Promise<ClusterEvidence[]> {
    const snapshot = await this.snapshots.doneSnapshot(row.snapshotId);
    const place = this.places.city(row.cityAdcode) ?? { zh: row.cityAdcode, en: row.cityAdcode };
    return classifyCluster(row, snapshot!.thresholds).evidence.map((record) => {
      const { zh, en } = describeClusterEvidence(record, place);
      return { code: record.code, decisive: record.decisive, sentenceZh: zh, sentenceEn: en, measures: record.measures.map(asMeasure) };
    });
  }
}

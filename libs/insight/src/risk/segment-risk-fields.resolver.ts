import { userOfContext, type RequestWithUser } from '@chainmatch/auth';
import { Chain, Segment, TaxonomyService } from '@chainmatch/chains';
import { PageArgs, type Connection } from '@chainmatch/core';
import { ListingConnection, type ListingEntity } from '@chainmatch/listings';
import { City, Province, RegionDirectory } from '@chainmatch/regions';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { assertMayDrillInto } from '../access/insight-access.js';
import { ConcentrationBasis } from '../compute/supply-share.js';
import { OpenDemandQueryService } from '../explain/open-demand-query.service.js';
import { SnapshotQueryService } from '../snapshots/snapshot-query.service.js';
import { RiskWarning } from './risk-class.js';
import { RiskExplainer } from './risk-explainer.js';
import type { SegmentRiskEntity } from './segment-risk.entity.js';
import { RiskExposure, RiskReason, SegmentRisk } from './segment-risk.types.js';

@Resolver(() => SegmentRisk)
export class SegmentRiskFieldsResolver {
  constructor(
    private readonly taxonomy: TaxonomyService,
    private readonly regions: RegionDirectory,
    private readonly explainer: RiskExplainer,
    private readonly snapshots: SnapshotQueryService,
    private readonly openDemand: OpenDemandQueryService,
  ) {}

  @ResolveField(() => Segment)
  segment(@Parent() row: SegmentRiskEntity): Segment | undefined {
    return this.taxonomy.segment(row.segmentId);
  }

  @ResolveField(() => Chain)
  chain(@Parent() row: SegmentRiskEntity): Chain | undefined {
    return this.taxonomy.chain(row.chainId);
  }

  @ResolveField(() => Province, { nullable: true, description: 'Null: the row is about the whole region.' })
  province(@Parent() row: SegmentRiskEntity): Province | null {
    return row.provinceAdcode ? this.regions.province(row.provinceAdcode) ?? null : null;
  }

  @ResolveField(() => City, { nullable: true, description: 'The city holding the largest share of the area\'s supply.' })
  topCity(@Parent() row: SegmentRiskEntity): City | null {
    return row.topCityAdcode ? this.regions.city(row.topCityAdcode) ?? null : null;
  }

  @ResolveField(() => ConcentrationBasis, { description: 'What the HHI and the top city share were measured in.' })
  async concentrationBasis(@Parent() row: SegmentRiskEntity): Promise<ConcentrationBasis> {
    return (await this.snapshots.doneSnapshot(row.snapshotId))!.thresholds.concentrationBasis;
  }

  @ResolveField(() => [RiskWarning], { description: 'Why the class is AT_RISK, if it is (also listed for a BROKEN segment).' })
  warnings(@Parent() row: SegmentRiskEntity): Promise<RiskWarning[]> {
    return this.explainer.warnings(row);
  }

  @ResolveField(() => [RiskReason], { description: 'The reasons, decisive first, with their figures and thresholds; then the upstream exposure.' })
  reasons(@Parent() row: SegmentRiskEntity): Promise<RiskReason[]> {
    return this.explainer.reasons(row);
  }

  @ResolveField(() => [RiskExposure], { description: 'Feeding segments (directly, or through others when broken) that are broken, at risk or single-sourced in the area.' })
  upstreamExposure(@Parent() row: SegmentRiskEntity): RiskExposure[] {
    const segment = (id: string) => this.taxonomy.segment(id);
    return row.exposure.filter((record) => segment(record.segmentId)).map((record) => ({
      segment: segment(record.segmentId)!, riskClass: record.riskClass, via: record.via.map(segment).filter((s): s is Segment => s !== undefined),
    }));
  }

  @ResolveField(() => ListingConnection, {
    description: 'Staff covering the chain in the area, and admins: the live demand listings of the segment without a supplier of the area on offer, '
      + 'as they stand now, longest waiting first (a region row: those in the provinces the caller covers).',
  })
  unmatchedDemand(@Parent() row: SegmentRiskEntity, @Args() page: PageArgs, @Context() context: { req?: RequestWithUser }): Promise<Connection<ListingEntity>> {
    const user = userOfContext(context);
    assertMayDrillInto(user, row);
    const lacking = row.provinceAdcode ? 'supplierInProvince' : 'supplierInRegion';
    return this.openDemand.list({ segmentId: row.segmentId, provinceAdcode: row.provinceAdcode, lacking }, page, user);
  }
}

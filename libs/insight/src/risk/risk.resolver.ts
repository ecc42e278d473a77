import { CurrentUser, Public, type AuthUser } from '@chainmatch/auth';
import type { Connection } from '@chainmatch/core';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { RiskQueryService } from './risk-query.service.js';
import { RiskViewsService } from './risk-views.service.js';
import { ChainArgs, ChainRiskGraphArgs, SegmentRiskHistoryArgs, SegmentRisksArgs } from './risk.inputs.js';
import { ChainRiskGraph, RiskHeatmap } from './risk-views.types.js';
import type { SegmentRiskEntity } from './segment-risk.entity.js';
import { SegmentRisk, SegmentRiskConnection } from './segment-risk.types.js';

/** Broken-chain risk, served from the snapshots. Aggregates are public; the listings behind them are not (see SegmentRisk.unmatchedDemand). */
@Resolver(() => SegmentRisk)
export class RiskResolver {
  constructor(
    private readonly risks: RiskQueryService,
    private readonly views: RiskViewsService,
  ) {}

  @Public()
  @Query(() => SegmentRiskConnection, { description: 'Risk per segment × province and per segment for the region, worst first; staff see their alliance\'s chains first.' })
  segmentRisks(@Args() args: SegmentRisksArgs, @CurrentUser() user?: AuthUser): Promise<Connection<SegmentRiskEntity>> {
    return this.risks.list(args, user);
  }

  @Public()
  @Query(() => SegmentRiskConnection, { description: 'One segment in one area (the region unless a province is given) across the finished snapshots, newest first.' })
  segmentRiskHistory(@Args() args: SegmentRiskHistoryArgs): Promise<Connection<SegmentRiskEntity>> {
    return this.risks.history(args);
  }

  @Public()
  @Query(() => RiskHeatmap, { nullable: true, description: 'A chain\'s segments × provinces (and the region); null before the first snapshot.' })
  riskHeatmap(@Args() args: ChainArgs): Promise<RiskHeatmap | null> {
    return this.views.heatmap(args);
  }

  @Public()
  @Query(() => ChainRiskGraph, { nullable: true, description: 'A chain as a graph coloured by risk in one area (the region unless a province is given); null before the first snapshot.' })
  chainRiskGraph(@Args() args: ChainRiskGraphArgs): Promise<ChainRiskGraph | null> {
    return this.views.graph(args);
  }
}

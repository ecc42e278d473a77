import { ChainsModule } from '@chainmatch/chains';
import { EnterprisesModule } from '@chainmatch/enterprises';
import { ListingsModule } from '@chainmatch/listings';
import { RegionsModule } from '@chainmatch/regions';
import { Module } from '@nestjs/common';
import { ClusterFieldsResolver } from './clusters/cluster-fields.resolver.js';
import { ClusterQueryService } from './clusters/cluster-query.service.js';
import { ClusterResolver } from './clusters/cluster.resolver.js';
import { InsightCalculator } from './compute/insight-calculator.js';
import { InsightRecomputeSchedule } from './compute/insight-recompute.schedule.js';
import { InsightRecomputeService } from './compute/insight-recompute.service.js';
import { SnapshotFinalizer } from './compute/snapshot-finalizer.js';
import { InsightPlaces } from './explain/insight-places.js';
import { OpenDemandQueryService } from './explain/open-demand-query.service.js';
import { InsightExportController } from './export/insight-export.controller.js';
import { InsightExportService } from './export/insight-export.service.js';
import { FlowFieldsResolver } from './flows/flow-fields.resolver.js';
import { FlowQueryService } from './flows/flow-query.service.js';
import { FlowResolver } from './flows/flow.resolver.js';
import { ChainLeadProvinceResolver } from './lead-provinces/chain-lead-province.resolver.js';
import { ChainLeadProvinces } from './lead-provinces/chain-lead-provinces.js';
import { ChainLeaderFieldsResolver } from './leaders/chain-leader-fields.resolver.js';
import { ChainLeaderResolver } from './leaders/chain-leader.resolver.js';
import { ChainLeaderService } from './leaders/chain-leader.service.js';
import { RiskExplainer } from './risk/risk-explainer.js';
import { RiskQueryService } from './risk/risk-query.service.js';
import { RiskViewsService } from './risk/risk-views.service.js';
import { RiskResolver } from './risk/risk.resolver.js';
import { SegmentRiskFieldsResolver } from './risk/segment-risk-fields.resolver.js';
import { SnapshotQueryService } from './snapshots/snapshot-query.service.js';
import { SnapshotResolver } from './snapshots/snapshot.resolver.js';

/** Chain insight: broken-chain risk, clusters, integration flows and chain leaders, computed into dated snapshots. */
@Module({
  imports: [ChainsModule, RegionsModule, EnterprisesModule, ListingsModule],
  controllers: [InsightExportController],
  providers: [
    InsightPlaces, ChainLeadProvinces, SnapshotQueryService, OpenDemandQueryService,
    InsightCalculator, SnapshotFinalizer, InsightRecomputeService, InsightRecomputeSchedule,
    RiskQueryService, RiskViewsService, RiskExplainer, ClusterQueryService, FlowQueryService, ChainLeaderService, InsightExportService,
    SnapshotResolver, RiskResolver, SegmentRiskFieldsResolver, ClusterResolver, ClusterFieldsResolver, FlowResolver, FlowFieldsResolver,
    ChainLeaderResolver, ChainLeaderFieldsResolver, ChainLeadProvinceResolver,
  ],
  exports: [InsightRecomputeService, InsightRecomputeSchedule, RiskQueryService],
})
export class InsightModule {}

import { ClusterEntity } from './clusters/cluster.entity.js';
import { ChainLeaderEntity } from './leaders/chain-leader.entity.js';
import { CreateInsight1764000070000 } from './migrations/1764000070000-CreateInsight.js';
import { SegmentRiskEntity } from './risk/segment-risk.entity.js';
import { InsightSnapshotEntity } from './snapshots/insight-snapshot.entity.js';

export { coversChainArea } from './access/insight-access.js';
export { InsightRecomputeSchedule, insightScheduleCheckMs } from './compute/insight-recompute.schedule.js';
export { InsightRecomputeService } from './compute/insight-recompute.service.js';
export { InsightErrorReason } from './insight.errors.js';
export { InsightModule } from './insight.module.js';
export { RiskClass } from './risk/risk-class.js';
export { RiskQueryService } from './risk/risk-query.service.js';
export { SegmentRisk } from './risk/segment-risk.types.js';
export type { SegmentRiskEntity } from './risk/segment-risk.entity.js';
export { InsightSnapshotEntity, InsightSnapshotStatus, InsightSnapshotTrigger } from './snapshots/insight-snapshot.entity.js';

export const insightEntities = [InsightSnapshotEntity, SegmentRiskEntity, ClusterEntity, ChainLeaderEntity];
export const insightMigrations = [CreateInsight1764000070000];

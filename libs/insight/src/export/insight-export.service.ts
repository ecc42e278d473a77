import type { AuthUser } from '@chainmatch/auth';
import { EnterpriseService } from '@chainmatch/enterprises';
import { Injectable } from '@nestjs/common';
import { noSnapshotYet } from '../insight.errors.js';
import type { ClusterEntity } from '../clusters/cluster.entity.js';
import { ClusterQueryService } from '../clusters/cluster-query.service.js';
import { ClusterStage } from '../clusters/cluster-stage.js';
import type { FlowFilter } from '../flows/flow.inputs.js';
import { FlowQueryService, type FlowGroup } from '../flows/flow-query.service.js';
import { ChainLeaderService } from '../leaders/chain-leader.service.js';
import { RiskExplainer } from '../risk/risk-explainer.js';
import { RiskQueryService } from '../risk/risk-query.service.js';
import type { SegmentRiskEntity } from '../risk/segment-risk.entity.js';
import { SnapshotQueryService } from '../snapshots/snapshot-query.service.js';
import { toCsv } from './csv.js';
import { InsightPlaces } from '../explain/insight-places.js';
import { CLUSTER_COLUMNS, FLOW_COLUMNS, LEADER_COLUMNS, RISK_COLUMNS } from './export-columns.js';
import type { ExportQuery, ExportTable } from './insight-export.inputs.js';

export interface CsvFile {
  filename: string;
  body: string;
}

/** The insight tables as CSV files: the same rows the queries serve, every figure with its reasons. */
@Injectable()
export class InsightExportService {
  constructor(
    private readonly snapshots: SnapshotQueryService,
    private readonly risks: RiskQueryService,
    private readonly explainer: RiskExplainer,
    private readonly clusters: ClusterQueryService,
    private readonly flows: FlowQueryService,
    private readonly leaders: ChainLeaderService,
    private readonly enterprises: EnterpriseService,
    private readonly names: InsightPlaces,
  ) {}

  async export(table: ExportTable, query: ExportQuery, user: AuthUser | undefined): Promise<CsvFile> {
    if (table === 'chain-leaders') return { filename: 'chain-leaders.csv', body: await this.leaderCsv(query) };
    const snapshot = await this.snapshots.served(query.snapshotId);
    if (!snapshot) throw noSnapshotYet('snapshotId');
    const filename = `${table}-${snapshot.id}.csv`;
    if (table === 'segment-risks') return { filename, body: await this.riskCsv(snapshot.id, query, user) };
    if (table === 'clusters') return { filename, body: await this.clusterCsv(snapshot.id, query, user) };
    return { filename, body: await this.flowCsv(snapshot.id, query, FLOW_GROUP[table]) };
  }

  private async riskCsv(snapshotId: string, query: ExportQuery, user: AuthUser | undefined): Promise<string> {
    const rows = await this.risks.all(snapshotId, { chainIds: list(query.chainId), provinceAdcodes: list(query.provinceAdcode) }, user);
    const explained = await Promise.all(rows.map(async (row) => ({ row, reasons: await this.explainer.reasons(row) })));
    return toCsv<{ row: SegmentRiskEntity; reasons: { sentenceZh: string; sentenceEn: string }[] }>(RISK_COLUMNS(this.names), explained);
  }

  private async clusterCsv(snapshotId: string, query: ExportQuery, user: AuthUser | undefined): Promise<string> {
    const rows = await this.clusters.all(snapshotId, { chainIds: list(query.chainId), provinceAdcodes: list(query.provinceAdcode), stages: Object.values(ClusterStage) }, user);
    const settings = (await this.snapshots.doneSnapshot(snapshotId))!.thresholds;
    return toCsv<ClusterEntity>(CLUSTER_COLUMNS(this.names, settings), rows);
  }

  private async flowCsv(snapshotId: string, query: ExportQuery, group: FlowGroup): Promise<string> {
    const filter: FlowFilter = { chainIds: list(query.chainId), fromMonth: query.fromMonth, toMonth: query.toMonth };
    return toCsv(FLOW_COLUMNS[group](this.names), await this.flows.sums(snapshotId, filter, group));
  }

  private async leaderCsv(query: ExportQuery): Promise<string> {
    const leaders = await this.leaders.all({ chainIds: list(query.chainId), provinceAdcodes: list(query.provinceAdcode) });
    const [figures, enterprises] = await Promise.all([
      this.leaders.figuresOf(leaders), this.enterprises.findByIds(leaders.map((leader) => leader.enterpriseId)),
    ]);
    const byId = new Map(enterprises.map((enterprise) => [enterprise.id, enterprise]));
    return toCsv(LEADER_COLUMNS(this.names), leaders.map((leader, i) => ({ leader, figures: figures[i], enterprise: byId.get(leader.enterpriseId) })));
  }
}

const FLOW_GROUP: Record<'province-flows' | 'city-flows' | 'monthly-flows', FlowGroup> = {
  'province-flows': 'provinces', 'city-flows': 'cities', 'monthly-flows': 'chainMonth',
};

const list = (value: string | undefined) => (value ? [value] : undefined);

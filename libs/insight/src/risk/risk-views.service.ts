import { TaxonomyService } from '@chainmatch/chains';
import { RegionDirectory } from '@chainmatch/regions';
import { Injectable } from '@nestjs/common';
import { SnapshotQueryService } from '../snapshots/snapshot-query.service.js';
import { RiskClass } from './risk-class.js';
import { RiskQueryService } from './risk-query.service.js';
import type { ChainArgs, ChainRiskGraphArgs } from './risk.inputs.js';
import type { ChainRiskEdge, ChainRiskGraph, RiskHeatmap } from './risk-views.types.js';
import type { SegmentRiskEntity } from './segment-risk.entity.js';

const EXPOSING = new Set([RiskClass.BROKEN, RiskClass.AT_RISK, RiskClass.SINGLE_SOURCE]);

/** A chain's risk shaped for drawing: a segment × province heatmap, and the chain's graph in one area. */
@Injectable()
export class RiskViewsService {
  constructor(
    private readonly risks: RiskQueryService,
    private readonly snapshots: SnapshotQueryService,
    private readonly taxonomy: TaxonomyService,
    private readonly regions: RegionDirectory,
  ) {}

  async heatmap(args: ChainArgs): Promise<RiskHeatmap | null> {
    const snapshot = await this.snapshots.served(args.snapshotId);
    if (!snapshot) return null;
    const cells = indexByArea(await this.risks.ofChain(snapshot.id, args.chainId));
    const provinces = this.regions.listProvinces();
    const rows = this.taxonomy.segmentsOfChain(args.chainId).filter((segment) => cells.has(`${segment.id}|`)).map((segment) => ({
      segment,
      region: cells.get(`${segment.id}|`)!,
      provinces: provinces.map((province) => cells.get(`${segment.id}|${province.adcode}`)!),
    }));
    return { snapshot, chain: this.taxonomy.chain(args.chainId)!, provinces, rows };
  }

  async graph(args: ChainRiskGraphArgs): Promise<ChainRiskGraph | null> {
    const snapshot = await this.snapshots.served(args.snapshotId);
    if (!snapshot) return null;
    const province = args.provinceAdcode ?? null;
    const nodes = (await this.risks.ofChain(snapshot.id, args.chainId)).filter((row) => row.provinceAdcode === province);
    const byId = new Map(nodes.map((row) => [row.segmentId, row]));
    const edges: ChainRiskEdge[] = nodes.flatMap((row) => this.taxonomy.downstreamOf(row.segmentId)
      .filter((to) => to.chainId === args.chainId && byId.has(to.id))
      .map((to) => ({ from: this.taxonomy.segment(row.segmentId)!, to, fromRiskClass: row.riskClass, exposed: EXPOSING.has(row.riskClass) })));
    return { snapshot, chain: this.taxonomy.chain(args.chainId)!, province: province ? this.regions.province(province) ?? null : null, nodes, edges };
  }
}

function indexByArea(rows: SegmentRiskEntity[]): Map<string, SegmentRiskEntity> {
  return new Map(rows.map((row) => [`${row.segmentId}|${row.provinceAdcode ?? ''}`, row]));
}

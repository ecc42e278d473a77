import { TaxonomyService } from '@chainmatch/chains';
import { databaseNow, Transactions } from '@chainmatch/core';
import { RegionDirectory } from '@chainmatch/regions';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { classifyCluster, locationQuotient } from '../clusters/cluster-classification.js';
import { ClusterEntity } from '../clusters/cluster.entity.js';
import type { ClusterStage } from '../clusters/cluster-stage.js';
import { InsightPlaces } from '../explain/insight-places.js';
import type { InsightThresholds } from '../insight-thresholds.js';
import type { RiskClass } from '../risk/risk-class.js';
import { SegmentRiskEntity } from '../risk/segment-risk.entity.js';
import { clusterFigures } from './cluster-figures.sql.js';
import { writeLeaderFigures } from './leader-figures.sql.js';
import { writeFlows, writeProvinceFlows } from './flow-figures.sql.js';
import { areaKey, REGION_AREA } from './insight-areas.js';
import { projectListings } from './listing-projection.sql.js';
import { collectLiveDemand, collectLiveSupply, demandByArea, supplyByArea } from './risk-figures.sql.js';
import { buildRiskRows } from './risk-rows.js';

/** The steps of a recomputation, in order; progress reports how many are done. */
export const RECOMPUTE_STEPS = ['listings', 'live supply and demand', 'risk', 'clusters', 'flows', 'chain leaders'] as const;

export type ProgressReport = (stepsDone: number, nextStep: string | null) => Promise<void>;

const INSERT_CHUNK = 500;

/**
 * Computes one snapshot inside the caller's unit of work (its REPEATABLE READ transaction): set-based SQL over listings, matches and
 * enterprises does the counting; only the per-area figures (a few hundred rows) come to Node, to
 * be classified and propagated down the chains.
 */
@Injectable()
export class InsightCalculator {
  constructor(
    private readonly transactions: Transactions,
    private readonly taxonomy: TaxonomyService,
    private readonly regions: RegionDirectory,
    private readonly places: InsightPlaces,
  ) {}

  /** Returns the moment the figures describe (the transaction's clock). */
  computeInto(snapshotId: string, thresholds: InsightThresholds, progress: ProgressReport): Promise<Date> {
    return this.transactions.partOf('an insight computation', () => this.compute(this.transactions.tx, snapshotId, thresholds, progress));
  }

  private async compute(manager: EntityManager, snapshotId: string, thresholds: InsightThresholds, progress: ProgressReport): Promise<Date> {
    const takenAt = await databaseNow(manager);
    const previous = await previousSnapshotId(manager, snapshotId);
    await progress(0, RECOMPUTE_STEPS[0]);
    await projectListings(manager, thresholds.lapseDays);
    await progress(1, RECOMPUTE_STEPS[1]);
    await collectLiveSupply(manager);
    await collectLiveDemand(manager);
    await progress(2, RECOMPUTE_STEPS[2]);
    await this.writeRisk(manager, snapshotId, takenAt, thresholds, previous);
    await progress(3, RECOMPUTE_STEPS[3]);
    await this.writeClusters(manager, snapshotId, takenAt, thresholds, previous);
    await progress(4, RECOMPUTE_STEPS[4]);
    await writeFlows(manager, snapshotId);
    await writeProvinceFlows(manager, snapshotId);
    await progress(5, RECOMPUTE_STEPS[5]);
    await writeLeaderFigures(manager, snapshotId);
    return takenAt;
  }

  private async writeRisk(manager: EntityManager, snapshotId: string, takenAt: Date, thresholds: InsightThresholds, previousId: string | null): Promise<void> {
    const provinces = this.regions.listProvinces().map((p) => p.adcode);
    const rows = buildRiskRows({
      snapshotId, takenAt, thresholds,
      segments: this.taxonomy.listChains().flatMap((chain) => this.taxonomy.segmentsOfChain(chain.id)),
      areas: [...provinces, REGION_AREA],
      singleCityAreas: new Set(provinces.filter((adcode) => this.places.isSingleCity(adcode))),
      supply: await supplyByArea(manager),
      demand: await demandByArea(manager, thresholds.periodDays),
      previous: await previousRiskClasses(manager, previousId),
      feedersOf: (segmentId) => this.taxonomy.upstreamOf(segmentId).map((segment) => segment.id),
    });
    await insertInChunks(manager, SegmentRiskEntity, rows);
  }

  private async writeClusters(manager: EntityManager, snapshotId: string, takenAt: Date, thresholds: InsightThresholds, previousId: string | null): Promise<void> {
    const previous = await previousClusterStages(manager, previousId);
    const rows = (await clusterFigures(manager, thresholds.periodDays)).map((figures) => ({
      ...figures,
      snapshotId,
      takenAt,
      stage: classifyCluster(figures, thresholds).stage,
      previousStage: previous.get(`${figures.chainId}|${figures.cityAdcode}`) ?? null,
      locationQuotient: locationQuotient(figures),
    }));
    await insertInChunks(manager, ClusterEntity, rows);
  }
}

async function previousSnapshotId(manager: EntityManager, snapshotId: string): Promise<string | null> {
  const [row] = await manager.query(
    `SELECT id FROM insight_snapshot WHERE status = 'DONE' AND id < $1 ORDER BY taken_at DESC, id DESC LIMIT 1`, [snapshotId]);
  return row?.id ?? null;
}

async function previousRiskClasses(manager: EntityManager, snapshotId: string | null): Promise<Map<string, RiskClass>> {
  if (!snapshotId) return new Map();
  const rows: { segment_id: string; province_adcode: string | null; risk_class: RiskClass }[] = await manager.query(
    `SELECT segment_id, province_adcode, risk_class FROM insight_segment_risk WHERE snapshot_id = $1`, [snapshotId]);
  return new Map(rows.map((row) => [areaKey(row.segment_id, row.province_adcode ?? REGION_AREA), row.risk_class]));
}

async function previousClusterStages(manager: EntityManager, snapshotId: string | null): Promise<Map<string, ClusterStage>> {
  if (!snapshotId) return new Map();
  const rows: { chain_id: string; city_adcode: string; stage: ClusterStage }[] = await manager.query(
    `SELECT chain_id, city_adcode, stage FROM insight_cluster WHERE snapshot_id = $1`, [snapshotId]);
  return new Map(rows.map((row) => [`${row.chain_id}|${row.city_adcode}`, row.stage]));
}

async function insertInChunks<T extends object>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await manager.insert(entity, rows.slice(start, start + INSERT_CHUNK) as never);
  }
}

import type { InsightThresholds } from '../insight-thresholds.js';
import { RiskClass, RISK_SEVERITY } from '../risk/risk-class.js';
import { classifyRisk } from '../risk/risk-classification.js';
import { propagateExposure } from '../risk/risk-exposure.js';
import type { SegmentRiskEntity } from '../risk/segment-risk.entity.js';
import { areaKey, provinceOfArea } from './insight-areas.js';
import type { DemandAreaRow, SupplyAreaRow } from './risk-figures.sql.js';

export type RiskRow = Omit<SegmentRiskEntity, 'id'>;

export interface RiskRowsInput {
  snapshotId: string;
  takenAt: Date;
  segments: { id: string; chainId: string }[];
  /** Province adcodes and REGION_AREA. */
  areas: string[];
  singleCityAreas: ReadonlySet<string>;
  supply: SupplyAreaRow[];
  demand: DemandAreaRow[];
  /** Risk class of each segment × area in the previous snapshot (by areaKey). */
  previous: ReadonlyMap<string, RiskClass>;
  feedersOf: (segmentId: string) => string[];
  thresholds: InsightThresholds;
}

/** One row per segment × area — the whole grid, so a cell without activity reads INACTIVE rather than missing. */
export function buildRiskRows(input: RiskRowsInput): RiskRow[] {
  const supply = new Map(input.supply.map((row) => [areaKey(row.segment_id, row.area), row]));
  const demand = new Map(input.demand.map((row) => [areaKey(row.segment_id, row.area), row]));
  const rows = input.areas.flatMap((area) => input.segments.map((segment) => {
    const key = areaKey(segment.id, area);
    return classifiedRow(input, segment, area, supply.get(key), demand.get(key));
  }));
  for (const area of input.areas) {
    const inArea = rows.filter((row) => row.provinceAdcode === provinceOfArea(area));
    const exposure = propagateExposure(new Map(inArea.map((row) => [row.segmentId, row.riskClass])), input.feedersOf);
    for (const row of inArea) row.exposure = exposure.get(row.segmentId) ?? [];
  }
  return rows;
}

function classifiedRow(input: RiskRowsInput, segment: { id: string; chainId: string }, area: string, s?: SupplyAreaRow, d?: DemandAreaRow): RiskRow {
  const figures = {
    demandListings: d?.demand_listings ?? 0,
    buyers: d?.buyers ?? 0,
    supplyListings: s?.supply_listings ?? 0,
    suppliers: s?.suppliers ?? 0,
    hhi: s?.hhi ?? null,
    topCityAdcode: s?.top_city_adcode ?? null,
    topCityShare: s?.top_city_share ?? null,
    lapsingSupplyListings: s?.lapsing_supply_listings ?? 0,
    supplyListingsAfterLapse: s?.supply_listings_after_lapse ?? 0,
    suppliersAfterLapse: s?.suppliers_after_lapse ?? 0,
    hhiAfterLapse: s?.hhi_after_lapse ?? null,
    topCityShareAfterLapse: s?.top_city_share_after_lapse ?? null,
    newDemand: d?.new_demand ?? 0,
    previousDemand: d?.previous_demand ?? 0,
    localSupplyRate: d?.local_supply_rate ?? null,
    medianDaysToSuggestion: d?.median_days_to_suggestion ?? null,
  };
  const verdict = classifyRisk({ ...figures, singleCityArea: input.singleCityAreas.has(area) }, input.thresholds);
  return {
    snapshotId: input.snapshotId,
    takenAt: input.takenAt,
    segmentId: segment.id,
    chainId: segment.chainId,
    provinceAdcode: provinceOfArea(area),
    riskClass: verdict.riskClass,
    baseClass: verdict.baseClass,
    classAfterLapse: verdict.classAfterLapse,
    previousClass: input.previous.get(areaKey(segment.id, area)) ?? null,
    severity: RISK_SEVERITY[verdict.riskClass],
    ...figures,
    exposure: [],
  };
}

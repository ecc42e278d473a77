import type { Measure } from '../explain/measure.js';
import type { InsightThresholds } from '../insight-thresholds.js';
import { isWorse, RiskClass, RiskWarning } from './risk-class.js';
import type { SegmentRiskEntity } from './segment-risk.entity.js';

export enum RiskReasonCode {
  NO_ACTIVITY = 'NO_ACTIVITY',
  NO_SUPPLY = 'NO_SUPPLY',
  SINGLE_SUPPLIER = 'SINGLE_SUPPLIER',
  HHI_ABOVE = 'HHI_ABOVE',
  TOP_CITY_ABOVE = 'TOP_CITY_ABOVE',
  SUPPLY_THIN = 'SUPPLY_THIN',
  WITHIN_THRESHOLDS = 'WITHIN_THRESHOLDS',
  LAPSING_SUPPLY = 'LAPSING_SUPPLY',
  DEMAND_JUMP = 'DEMAND_JUMP',
  UPSTREAM_EXPOSED = 'UPSTREAM_EXPOSED',
}

export interface RiskReasonRecord {
  code: RiskReasonCode;
  /** True for the reasons that decided the class shown; false for those that only inform. */
  decisive: boolean;
  measures: Measure[];
  /** The class the reason leads to (for LAPSING_SUPPLY: the class once the lapsing supply is gone). */
  leadsTo?: RiskClass;
}

/** The figures a class is decided from: one area's live demand and supply of one segment. */
export type RiskFigures = Pick<SegmentRiskEntity,
  'demandListings' | 'supplyListings' | 'suppliers' | 'hhi' | 'topCityShare' | 'lapsingSupplyListings'
  | 'supplyListingsAfterLapse' | 'suppliersAfterLapse' | 'hhiAfterLapse' | 'topCityShareAfterLapse' | 'newDemand' | 'previousDemand'> & {
  /** Shanghai is one city: one city holding all its supply says nothing about concentration. */
  singleCityArea: boolean;
};

export interface RiskVerdict {
  riskClass: RiskClass;
  baseClass: RiskClass;
  classAfterLapse: RiskClass;
  warnings: RiskWarning[];
  reasons: RiskReasonRecord[];
}

interface Supply {
  listings: number;
  suppliers: number;
  hhi: number | null;
  topCityShare: number | null;
}

/**
 * Classifies one segment in one area. The class of the supply as it is comes first; AT_RISK replaces
 * it (unless BROKEN) when the supply lapsing within the lapse window would leave a worse class, or
 * when new demand jumped. Every reason carries the numbers and thresholds that decided it.
 */
export function classifyRisk(figures: RiskFigures, thresholds: InsightThresholds): RiskVerdict {
  const now = supplyClass(figures.demandListings, supplyNow(figures), figures.singleCityArea, thresholds);
  const afterLapse = supplyClass(figures.demandListings, supplyAfterLapse(figures), figures.singleCityArea, thresholds);
  const lapse = isWorse(afterLapse.riskClass, now.riskClass) ? lapsingReason(figures, thresholds, afterLapse.riskClass) : undefined;
  const jump = demandJumpReason(figures, thresholds);
  const warnings = [...(lapse ? [RiskWarning.LAPSING_SUPPLY] : []), ...(jump ? [RiskWarning.DEMAND_JUMP] : [])];
  const atRisk = warnings.length > 0 && now.riskClass !== RiskClass.BROKEN;
  const baseReasons = now.reasons.map((reason) => ({ ...reason, decisive: reason.decisive && !atRisk }));
  const warningReasons = [lapse, jump].filter((reason): reason is RiskReasonRecord => reason !== undefined)
    .map((reason) => ({ ...reason, decisive: atRisk }));
  return {
    riskClass: atRisk ? RiskClass.AT_RISK : now.riskClass,
    baseClass: now.riskClass,
    classAfterLapse: afterLapse.riskClass,
    warnings,
    reasons: [...baseReasons, ...warningReasons],
  };
}

const supplyNow = (f: RiskFigures): Supply => ({ listings: f.supplyListings, suppliers: f.suppliers, hhi: f.hhi, topCityShare: f.topCityShare });

const supplyAfterLapse = (f: RiskFigures): Supply =>
  ({ listings: f.supplyListingsAfterLapse, suppliers: f.suppliersAfterLapse, hhi: f.hhiAfterLapse, topCityShare: f.topCityShareAfterLapse });

function supplyClass(demand: number, supply: Supply, singleCityArea: boolean, t: InsightThresholds): { riskClass: RiskClass; reasons: RiskReasonRecord[] } {
  if (supply.suppliers === 0) {
    return demand === 0
      ? { riskClass: RiskClass.INACTIVE, reasons: [reason(RiskReasonCode.NO_ACTIVITY, true, [{ name: 'demandListings', value: 0 }, { name: 'supplyListings', value: 0 }])] }
      : { riskClass: RiskClass.BROKEN, reasons: [reason(RiskReasonCode.NO_SUPPLY, true, [{ name: 'demandListings', value: demand }, { name: 'suppliers', value: 0 }])] };
  }
  const single = supply.suppliers === 1;
  const hhiAbove = supply.hhi !== null && supply.hhi > t.hhiMax;
  const cityAbove = !singleCityArea && supply.topCityShare !== null && supply.topCityShare > t.topCityShareMax;
  const thin = demand > 0 && supply.listings < t.thinSupplyRatio * demand;
  const riskClass = single ? RiskClass.SINGLE_SOURCE : hhiAbove || cityAbove ? RiskClass.CONCENTRATED : thin ? RiskClass.THIN : RiskClass.HEALTHY;
  const decides = (candidate: RiskClass) => riskClass === candidate;
  const reasons = [
    single && reason(RiskReasonCode.SINGLE_SUPPLIER, true, [{ name: 'suppliers', value: 1 }]),
    !single && hhiAbove && reason(RiskReasonCode.HHI_ABOVE, decides(RiskClass.CONCENTRATED), [{ name: 'hhi', value: supply.hhi, threshold: t.hhiMax }]),
    !single && cityAbove && reason(RiskReasonCode.TOP_CITY_ABOVE, decides(RiskClass.CONCENTRATED), [{ name: 'topCityShare', value: supply.topCityShare, threshold: t.topCityShareMax }]),
    thin && reason(RiskReasonCode.SUPPLY_THIN, decides(RiskClass.THIN), [
      { name: 'supplyListings', value: supply.listings }, { name: 'demandListings', value: demand },
      { name: 'supplyPerDemand', value: supply.listings / demand, threshold: t.thinSupplyRatio }]),
    riskClass === RiskClass.HEALTHY && reason(RiskReasonCode.WITHIN_THRESHOLDS, true, [
      { name: 'suppliers', value: supply.suppliers }, { name: 'hhi', value: supply.hhi, threshold: t.hhiMax },
      { name: 'topCityShare', value: singleCityArea ? null : supply.topCityShare, threshold: t.topCityShareMax },
      { name: 'supplyPerDemand', value: demand > 0 ? supply.listings / demand : null, threshold: t.thinSupplyRatio }]),
  ].filter((r): r is RiskReasonRecord => r !== false);
  return { riskClass, reasons };
}

function lapsingReason(f: RiskFigures, t: InsightThresholds, leadsTo: RiskClass): RiskReasonRecord {
  return {
    ...reason(RiskReasonCode.LAPSING_SUPPLY, true, [
      { name: 'lapsingSupplyListings', value: f.lapsingSupplyListings }, { name: 'lapseDays', value: t.lapseDays },
      { name: 'suppliersAfterLapse', value: f.suppliersAfterLapse }]),
    leadsTo,
  };
}

function demandJumpReason(f: RiskFigures, t: InsightThresholds): RiskReasonRecord | undefined {
  const jumped = f.newDemand >= t.demandJumpMinListings && f.newDemand >= t.demandJumpMultiple * f.previousDemand;
  if (!jumped) return undefined;
  return reason(RiskReasonCode.DEMAND_JUMP, true, [
    { name: 'newDemand', value: f.newDemand, threshold: t.demandJumpMinListings },
    { name: 'previousDemand', value: f.previousDemand },
    { name: 'demandMultiple', value: f.previousDemand > 0 ? f.newDemand / f.previousDemand : null, threshold: t.demandJumpMultiple },
    { name: 'periodDays', value: t.periodDays }]);
}

const reason = (code: RiskReasonCode, decisive: boolean, measures: Measure[]): RiskReasonRecord => ({ code, decisive, measures });

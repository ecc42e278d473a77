import type { InsightThresholds } from '../insight-thresholds.js';
import { RiskClass, RiskWarning } from './risk-class.js';
import { classifyRisk, RiskReasonCode, type RiskFigures } from './risk-classification.js';

const THRESHOLDS: InsightThresholds = {
  hhiMax: 0.4, topCityShareMax: 0.5, thinSupplyRatio: 0.25, lapseDays: 30, periodDays: 30, demandJumpMultiple: 2,
  demandJumpMinListings: 5, clusterMinEnterprises: 3, clusterMatureLq: 1.25, clusterMatureShare: 0.1, clusterGrowth: 0.1, clusterDecline: 0.15,
};

/** Supply of `suppliers` equal suppliers in as many cities, none lapsing, unless overridden. */
function figures(demand: number, suppliers: number, overrides: Partial<RiskFigures> = {}): RiskFigures {
  const share = suppliers > 0 ? 1 / suppliers : null;
  const hhi = suppliers > 0 ? 1 / suppliers : null;
  return {
    demandListings: demand, supplyListings: suppliers, suppliers, hhi, topCityShare: share, lapsingSupplyListings: 0,
    supplyListingsAfterLapse: suppliers, suppliersAfterLapse: suppliers, hhiAfterLapse: hhi, topCityShareAfterLapse: share,
    newDemand: 0, previousDemand: 0, singleCityArea: false, ...overrides,
  };
}

const decisive = (f: RiskFigures) => classifyRisk(f, THRESHOLDS).reasons.filter((r) => r.decisive).map((r) => r.code);

describe('classifyRisk', () => {
  it.each([
    ['no demand, no supply', figures(0, 0), RiskClass.INACTIVE, [RiskReasonCode.NO_ACTIVITY]],
    ['demand and no supplier', figures(3, 0), RiskClass.BROKEN, [RiskReasonCode.NO_SUPPLY]],
    ['one supplier', figures(3, 1), RiskClass.SINGLE_SOURCE, [RiskReasonCode.SINGLE_SUPPLIER]],
    ['two equal suppliers: HHI 0.5', figures(1, 2), RiskClass.CONCENTRATED, [RiskReasonCode.HHI_ABOVE]],
    ['four suppliers, one city holding 70%', figures(1, 4, { hhi: 0.3, topCityShare: 0.7 }), RiskClass.CONCENTRATED, [RiskReasonCode.TOP_CITY_ABOVE]],
    ['supply far below demand', figures(20, 4), RiskClass.THIN, [RiskReasonCode.SUPPLY_THIN]],
    ['three suppliers, enough supply', figures(2, 3), RiskClass.HEALTHY, [RiskReasonCode.WITHIN_THRESHOLDS]],
    ['supply without demand', figures(0, 3), RiskClass.HEALTHY, [RiskReasonCode.WITHIN_THRESHOLDS]],
  ])('%s → %s', (_case, f, expected, reasons) => {
    expect(classifyRisk(f, THRESHOLDS).riskClass).toBe(expected);
    expect(decisive(f)).toEqual(reasons);
  });

  it('holds each figure against its threshold, strictly above for HHI and the city share', () => {
    expect(classifyRisk(figures(1, 4, { hhi: 0.4, topCityShare: 0.5 }), THRESHOLDS).riskClass).toBe(RiskClass.HEALTHY);
    const concentrated = classifyRisk(figures(1, 4, { hhi: 0.41 }), THRESHOLDS);
    expect(concentrated.reasons[0].measures).toEqual([{ name: 'hhi', value: 0.41, threshold: 0.4 }]);
  });

  it('does not call one city holding all of a one-city area (Shanghai) concentrated', () => {
    const shanghai = figures(1, 4, { hhi: 0.25, topCityShare: 1, singleCityArea: true });
    expect(classifyRisk(shanghai, THRESHOLDS).riskClass).toBe(RiskClass.HEALTHY);
    expect(classifyRisk({ ...shanghai, singleCityArea: false }, THRESHOLDS).riskClass).toBe(RiskClass.CONCENTRATED);
  });

  it('lists THIN as a further reason of a single source, without letting it decide', () => {
    const verdict = classifyRisk(figures(10, 1), THRESHOLDS);
    expect(verdict.reasons.map((r) => [r.code, r.decisive])).toEqual([[RiskReasonCode.SINGLE_SUPPLIER, true], [RiskReasonCode.SUPPLY_THIN, false]]);
  });

  it('warns AT_RISK when the supply lapsing within the window would leave a worse class', () => {
    const lapsing = figures(2, 1, { lapsingSupplyListings: 1, supplyListingsAfterLapse: 0, suppliersAfterLapse: 0, hhiAfterLapse: null, topCityShareAfterLapse: null });
    const verdict = classifyRisk(lapsing, THRESHOLDS);
    expect(verdict).toMatchObject({ riskClass: RiskClass.AT_RISK, baseClass: RiskClass.SINGLE_SOURCE, classAfterLapse: RiskClass.BROKEN, warnings: [RiskWarning.LAPSING_SUPPLY] });
    expect(verdict.reasons.find((r) => r.code === RiskReasonCode.LAPSING_SUPPLY)).toMatchObject({ decisive: true, leadsTo: RiskClass.BROKEN });
    expect(verdict.reasons.find((r) => r.code === RiskReasonCode.SINGLE_SUPPLIER)?.decisive).toBe(false);
  });

  it('does not warn when what lapses leaves the class as it is', () => {
    const f = figures(1, 4, { lapsingSupplyListings: 1, supplyListingsAfterLapse: 3, suppliersAfterLapse: 3, hhiAfterLapse: 1 / 3, topCityShareAfterLapse: 1 / 3 });
    expect(classifyRisk(f, THRESHOLDS)).toMatchObject({ riskClass: RiskClass.HEALTHY, warnings: [] });
  });

  it('warns of a demand jump of the configured multiple, from the configured number of listings', () => {
    expect(classifyRisk(figures(6, 3, { newDemand: 6, previousDemand: 3 }), THRESHOLDS).warnings).toEqual([RiskWarning.DEMAND_JUMP]);
    expect(classifyRisk(figures(6, 3, { newDemand: 6, previousDemand: 0 }), THRESHOLDS).riskClass).toBe(RiskClass.AT_RISK);
    expect(classifyRisk(figures(6, 3, { newDemand: 5, previousDemand: 3 }), THRESHOLDS).warnings).toEqual([]);
    expect(classifyRisk(figures(4, 3, { newDemand: 4, previousDemand: 0 }), THRESHOLDS).warnings).toEqual([]);
  });

  it('keeps BROKEN over any warning, and lists the warning', () => {
    const verdict = classifyRisk(figures(8, 0, { newDemand: 8, previousDemand: 1 }), THRESHOLDS);
    expect(verdict).toMatchObject({ riskClass: RiskClass.BROKEN, warnings: [RiskWarning.DEMAND_JUMP] });
    expect(verdict.reasons.map((r) => [r.code, r.decisive])).toEqual([[RiskReasonCode.NO_SUPPLY, true], [RiskReasonCode.DEMAND_JUMP, false]]);
  });
});

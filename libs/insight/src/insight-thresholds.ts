import type { AppConfig } from '@chainmatch/config';
import type { ConcentrationBasis } from './compute/supply-share.js';

/** Every number a class or stage depends on; kept with each snapshot, so its explanations cite the values it used. */
export interface InsightThresholds {
  hhiMax: number;
  topCityShareMax: number;
  thinSupplyRatio: number;
  lapseDays: number;
  periodDays: number;
  demandJumpMultiple: number;
  demandJumpMinListings: number;
  clusterMinEnterprises: number;
  clusterMatureLq: number;
  clusterMatureShare: number;
  clusterGrowth: number;
  clusterDecline: number;
}

export function thresholdsFrom(config: AppConfig): InsightThresholds {
  return {
    hhiMax: config.get('INSIGHT_HHI_MAX'),
    topCityShareMax: config.get('INSIGHT_TOP_CITY_SHARE_MAX'),
    thinSupplyRatio: config.get('INSIGHT_THIN_SUPPLY_RATIO'),
    lapseDays: config.get('INSIGHT_LAPSE_DAYS'),
    periodDays: config.get('INSIGHT_PERIOD_DAYS'),
    demandJumpMultiple: config.get('INSIGHT_DEMAND_JUMP_MULTIPLE'),
    demandJumpMinListings: config.get('INSIGHT_DEMAND_JUMP_MIN_LISTINGS'),
    clusterMinEnterprises: config.get('INSIGHT_CLUSTER_MIN_ENTERPRISES'),
    clusterMatureLq: config.get('INSIGHT_CLUSTER_MATURE_LQ'),
    clusterMatureShare: config.get('INSIGHT_CLUSTER_MATURE_SHARE'),
    clusterGrowth: config.get('INSIGHT_CLUSTER_GROWTH'),
    clusterDecline: config.get('INSIGHT_CLUSTER_DECLINE'),
  };
}

/** What a snapshot was computed with: the thresholds, and what suppliers' shares were measured in. */
export interface SnapshotSettings extends InsightThresholds {
  concentrationBasis: ConcentrationBasis;
}

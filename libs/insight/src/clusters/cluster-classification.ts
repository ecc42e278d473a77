import type { Measure } from '../explain/measure.js';
import type { InsightThresholds } from '../insight-thresholds.js';
import type { ClusterEntity } from './cluster.entity.js';
import { ClusterStage } from './cluster-stage.js';

export enum ClusterEvidenceCode {
  TOO_FEW_ENTERPRISES = 'TOO_FEW_ENTERPRISES',
  LISTINGS_FELL = 'LISTINGS_FELL',
  MATURE_PROFILE = 'MATURE_PROFILE',
  LISTINGS_ROSE = 'LISTINGS_ROSE',
  NOT_YET_MATURE = 'NOT_YET_MATURE',
  LOCATION_QUOTIENT = 'LOCATION_QUOTIENT',
}

export interface ClusterEvidenceRecord {
  code: ClusterEvidenceCode;
  decisive: boolean;
  measures: Measure[];
}

export type ClusterFigures = Pick<ClusterEntity,
  'enterprises' | 'upstreamEnterprises' | 'midstreamEnterprises' | 'downstreamEnterprises' | 'liveListings'
  | 'liveListingsPeriodAgo' | 'cityEnterprises' | 'chainRegionEnterprises' | 'regionEnterprises'>;

/**
 * The chain's share of the city's enterprises over its share of the region's: above 1 the chain is
 * more concentrated in the city than in the region as a whole. Null when a share is undefined.
 */
export function locationQuotient(f: Pick<ClusterFigures, 'enterprises' | 'cityEnterprises' | 'chainRegionEnterprises' | 'regionEnterprises'>): number | null {
  if (f.cityEnterprises === 0 || f.regionEnterprises === 0 || f.chainRegionEnterprises === 0) return null;
  return (f.enterprises / f.cityEnterprises) / (f.chainRegionEnterprises / f.regionEnterprises);
}

export const stagesPresent = (f: ClusterFigures) => [f.upstreamEnterprises, f.midstreamEnterprises, f.downstreamEnterprises].filter((n) => n > 0).length;

/** Relative change of live listings over the period; null when there were none a period ago. */
export const listingChange = (f: ClusterFigures) =>
  f.liveListingsPeriodAgo > 0 ? (f.liveListings - f.liveListingsPeriodAgo) / f.liveListingsPeriodAgo : null;

/**
 * The stage of development, first rule that holds: too few enterprises → DISPERSED; live listings
 * fell by the decline share → DECLINING; all three stages, a high location quotient and a large
 * share of the chain → MATURE; live listings rose by the growth share (or from none) → GROWING;
 * otherwise EMERGING. The evidence lists every figure checked.
 */
export function classifyCluster(f: ClusterFigures, t: InsightThresholds): { stage: ClusterStage; evidence: ClusterEvidenceRecord[] } {
  const lq = locationQuotient(f);
  const share = f.chainRegionEnterprises > 0 ? f.enterprises / f.chainRegionEnterprises : 0;
  const stages = stagesPresent(f);
  const change = listingChange(f);
  const lqEvidence = (decisive: boolean): ClusterEvidenceRecord => evidence(ClusterEvidenceCode.LOCATION_QUOTIENT, decisive, [
    { name: 'locationQuotient', value: lq }, { name: 'enterprises', value: f.enterprises }, { name: 'cityEnterprises', value: f.cityEnterprises },
    { name: 'chainRegionEnterprises', value: f.chainRegionEnterprises }, { name: 'regionEnterprises', value: f.regionEnterprises }]);
  const changeMeasures = [{ name: 'liveListings', value: f.liveListings }, { name: 'liveListingsPeriodAgo', value: f.liveListingsPeriodAgo }];
  const profile = [{ name: 'stagesPresent', value: stages, threshold: 3 }, { name: 'locationQuotient', value: lq, threshold: t.clusterMatureLq },
    { name: 'chainShare', value: share, threshold: t.clusterMatureShare }];
  if (f.enterprises < t.clusterMinEnterprises) {
    return { stage: ClusterStage.DISPERSED, evidence: [evidence(ClusterEvidenceCode.TOO_FEW_ENTERPRISES, true, [{ name: 'enterprises', value: f.enterprises, threshold: t.clusterMinEnterprises }]), lqEvidence(false)] };
  }
  if (change !== null && change <= -t.clusterDecline) {
    return { stage: ClusterStage.DECLINING, evidence: [evidence(ClusterEvidenceCode.LISTINGS_FELL, true, [...changeMeasures, { name: 'listingChange', value: change, threshold: -t.clusterDecline }]), lqEvidence(false)] };
  }
  if (stages === 3 && lq !== null && lq >= t.clusterMatureLq && share >= t.clusterMatureShare) {
    return { stage: ClusterStage.MATURE, evidence: [evidence(ClusterEvidenceCode.MATURE_PROFILE, true, profile), lqEvidence(true)] };
  }
  const rose = change === null ? f.liveListings > 0 : change >= t.clusterGrowth;
  if (rose) {
    return { stage: ClusterStage.GROWING, evidence: [evidence(ClusterEvidenceCode.LISTINGS_ROSE, true, [...changeMeasures, { name: 'listingChange', value: change, threshold: t.clusterGrowth }]), lqEvidence(false)] };
  }
  return {
    stage: ClusterStage.EMERGING,
    evidence: [evidence(ClusterEvidenceCode.NOT_YET_MATURE, true, [...profile, { name: 'listingChange', value: change, threshold: t.clusterGrowth }]), lqEvidence(false)],
  };
}

const evidence = (code: ClusterEvidenceCode, decisive: boolean, measures: Measure[]): ClusterEvidenceRecord => ({ code, decisive, measures });

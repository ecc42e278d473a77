import type { InsightThresholds } from '../insight-thresholds.js';
import { classifyCluster, ClusterEvidenceCode, locationQuotient, type ClusterFigures } from './cluster-classification.js';
import { ClusterStage } from './cluster-stage.js';

const THRESHOLDS = { clusterMinEnterprises: 3, clusterMatureLq: 1.25, clusterMatureShare: 0.1, clusterGrowth: 0.1, clusterDecline: 0.15 } as InsightThresholds;

/** 10 of a city's 40 enterprises in a chain that has 50 of the region's 400: LQ 2, share 20%; 100 live listings, 100 a period ago. */
const BASE: ClusterFigures = {
  enterprises: 10, upstreamEnterprises: 3, midstreamEnterprises: 4, downstreamEnterprises: 3, liveListings: 100, liveListingsPeriodAgo: 100,
  cityEnterprises: 40, chainRegionEnterprises: 50, regionEnterprises: 400,
};

describe('locationQuotient', () => {
  it('is the chain\'s share of the city over its share of the region', () => {
    expect(locationQuotient(BASE)).toBe(2);
    expect(locationQuotient({ ...BASE, enterprises: 3, cityEnterprises: 4, chainRegionEnterprises: 4, regionEnterprises: 9 })).toBeCloseTo(1.6875, 12);
    expect(locationQuotient({ ...BASE, cityEnterprises: 0 })).toBeNull();
  });
});

describe('classifyCluster', () => {
  it.each([
    ['too few enterprises', { enterprises: 2 }, ClusterStage.DISPERSED, ClusterEvidenceCode.TOO_FEW_ENTERPRISES],
    ['live listings fell by 15%', { liveListings: 85 }, ClusterStage.DECLINING, ClusterEvidenceCode.LISTINGS_FELL],
    ['all stages, high LQ, large share', {}, ClusterStage.MATURE, ClusterEvidenceCode.MATURE_PROFILE],
    ['a stage missing, rising', { downstreamEnterprises: 0, liveListings: 110 }, ClusterStage.GROWING, ClusterEvidenceCode.LISTINGS_ROSE],
    ['new, with listings only now', { downstreamEnterprises: 0, liveListingsPeriodAgo: 0 }, ClusterStage.GROWING, ClusterEvidenceCode.LISTINGS_ROSE],
    ['a stage missing, flat', { downstreamEnterprises: 0, liveListings: 105 }, ClusterStage.EMERGING, ClusterEvidenceCode.NOT_YET_MATURE],
    ['low location quotient, flat', { cityEnterprises: 200 }, ClusterStage.EMERGING, ClusterEvidenceCode.NOT_YET_MATURE],
  ])('%s → %s', (_case, overrides: Partial<ClusterFigures>, stage, code) => {
    const result = classifyCluster({ ...BASE, ...overrides }, THRESHOLDS);
    expect(result.stage).toBe(stage);
    expect(result.evidence[0]).toMatchObject({ code, decisive: true });
    expect(result.evidence.at(-1)?.code).toBe(ClusterEvidenceCode.LOCATION_QUOTIENT);
  });

  it('checks decline before maturity: a mature cluster losing listings is declining', () => {
    expect(classifyCluster({ ...BASE, liveListings: 50 }, THRESHOLDS).evidence[0].measures).toContainEqual({ name: 'listingChange', value: -0.5, threshold: -0.15 });
  });
});

import { graphql } from '../gql/index.js';
import type { SegmentRiskFilter } from '../gql/graphql.js';
import type { GraphQLClient } from './graphql-client.js';

/**
 * Settings for an API whose insight snapshots are the test's own: no scheduled recompute (the test
 * asks for each one) and no match worker suggesting suppliers behind its back.
 */
export const INSIGHT_TEST_ENV = { INSIGHT_RECOMPUTE_IN_PROCESS: 'false', MATCH_WORKER_IN_PROCESS: 'false' } as const;

const RECOMPUTE = graphql(`mutation RecomputeInsight { recomputeInsight { id status stepsTotal startedAt } }`);
const SNAPSHOT = graphql(`query InsightSnapshotProgress($id: ID!) { insightSnapshot(id: $id) { id status error stepsDone stepsTotal currentStep } }`);

/**
 * Asks for a recomputation over the API (as staff would) and follows the snapshot it returns until
 * it has finished, as a client polling its progress would. Returns the finished snapshot.
 */
export async function recomputeInsight(staff: GraphQLClient, timeoutMs = 30_000) {
  const { recomputeInsight: started } = await staff.data(RECOMPUTE);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { insightSnapshot } = await staff.data(SNAPSHOT, { id: started.id });
    if (!insightSnapshot) throw new Error(`snapshot ${started.id} not found`);
    if (insightSnapshot.status === 'FAILED') throw new Error(`recomputation failed: ${insightSnapshot.error}`);
    if (insightSnapshot.status === 'DONE') return insightSnapshot;
    if (Date.now() > deadline) throw new Error(`snapshot ${started.id} still ${insightSnapshot.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const SEGMENT_RISKS = graphql(`query SegmentRiskRows($filter: SegmentRiskFilter) { segmentRisks(filter: $filter, first: 5) { edges { node {
  id riskClass baseClass classAfterLapse previousClass warnings demandListings buyers supplyListings suppliers
  hhi topCityShare lapsingSupplyListings suppliersAfterLapse localSupplyRate medianDaysToSuggestion segment { id } province { adcode }
  reasons { code decisive sentenceZh sentenceEn measures { name value threshold } }
  upstreamExposure { segment { id } riskClass via { id } } } } } }`);

export type RiskRow = Awaited<ReturnType<typeof riskOf>>;

/** The risk row of a segment in a province (or the region when null) in the newest snapshot. */
export async function riskOf(client: GraphQLClient, segmentId: string, provinceAdcode: string | null) {
  const filter: SegmentRiskFilter = provinceAdcode ? { segmentIds: [segmentId], provinceAdcodes: [provinceAdcode], scope: 'PROVINCE' } : { segmentIds: [segmentId], scope: 'REGION' };
  const { segmentRisks } = await client.data(SEGMENT_RISKS, { filter });
  if (segmentRisks.edges.length !== 1) throw new Error(`expected one row for ${segmentId} in ${provinceAdcode ?? 'the region'}, got ${segmentRisks.edges.length}`);
  return segmentRisks.edges[0].node;
}

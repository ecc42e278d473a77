import type { GraphQLClient } from './graphql-client.js';

/**
 * Settings for an API whose insight snapshots are the test's own: no scheduled recompute (the test
 * asks for each one) and no match worker suggesting suppliers behind its back.
 */
export const INSIGHT_TEST_ENV = { INSIGHT_RECOMPUTE_IN_PROCESS: 'false', MATCH_WORKER_IN_PROCESS: 'false' } as const;

const SNAPSHOT = `query($id: ID!) { insightSnapshot(id: $id) { id status error stepsDone stepsTotal currentStep } }`;

/**
 * Asks for a recomputation over the API (as staff would) and follows the snapshot it returns until
 * it has finished, as a client polling its progress would. Returns the finished snapshot.
 */
export async function recomputeInsight(staff: GraphQLClient, timeoutMs = 30_000): Promise<{ id: string; status: string }> {
  const { recomputeInsight: started } = await staff.data(`mutation { recomputeInsight { id status stepsTotal startedAt } }`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { insightSnapshot } = await staff.data(SNAPSHOT, { id: started.id });
    if (insightSnapshot.status === 'FAILED') throw new Error(`recomputation failed: ${insightSnapshot.error}`);
    if (insightSnapshot.status === 'DONE') return insightSnapshot;
    if (Date.now() > deadline) throw new Error(`snapshot ${started.id} still ${insightSnapshot.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const RISK_FIELDS = `id riskClass baseClass classAfterLapse previousClass warnings demandListings buyers supplyListings suppliers
  hhi topCityShare lapsingSupplyListings suppliersAfterLapse localSupplyRate medianDaysToSuggestion segment { id } province { adcode }
  reasons { code decisive sentenceZh sentenceEn measures { name value threshold } }
  upstreamExposure { segment { id } riskClass via { id } }`;

/** The risk row of a segment in a province (or the region when null) in the newest snapshot. */
export async function riskOf(client: GraphQLClient, segmentId: string, provinceAdcode: string | null): Promise<Record<string, any>> {
  const filter = provinceAdcode ? { segmentIds: [segmentId], provinceAdcodes: [provinceAdcode], scope: 'PROVINCE' } : { segmentIds: [segmentId], scope: 'REGION' };
  const { segmentRisks } = await client.data(`query($filter: SegmentRiskFilter) { segmentRisks(filter: $filter, first: 5) { edges { node { ${RISK_FIELDS} } } } }`, { filter });
  if (segmentRisks.edges.length !== 1) throw new Error(`expected one row for ${segmentId} in ${provinceAdcode ?? 'the region'}, got ${segmentRisks.edges.length}`);
  return segmentRisks.edges[0].node;
}

/** The insight query mix of `npm run bench:insight`: what the console's heatmap, graph, map and matrix views ask for. */
export interface InsightBenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const BENCH_CHAINS = ['ic', 'biomed', 'ai', 'nev', 'display', 'robotics', 'new_materials', 'eco', 'aircraft', 'textile', 'health'];
/** A midstream segment of each chain above, for its history. */
const BENCH_SEGMENTS = ['ic.fab', 'biomed.devices', 'ai.algorithms', 'nev.battery', 'display.panel', 'robotics.body', 'new_materials.polymer',
  'eco.equipment', 'aircraft.airframe', 'textile.weaving', 'health.devices'];

const REASONS = 'reasons { code decisive sentenceZh sentenceEn measures { name value threshold } }';

/** One query of each kind per chain in turn (`round` picks the chain). */
export function insightBenchQueries(round: number): InsightBenchQuery[] {
  const chainId = BENCH_CHAINS[round % BENCH_CHAINS.length];
  const segmentId = BENCH_SEGMENTS[round % BENCH_SEGMENTS.length];
  return [
    { name: 'risk list of a chain', variables: { chainId }, query: `query($chainId: String!) { segmentRisks(first: 50, filter: { chainIds: [$chainId] }) {
      totalCount edges { node { riskClass demandListings suppliers hhi topCityShare localSupplyRate segment { id nameZh } province { nameZh } ${REASONS} } } } }` },
    { name: 'worst segments', query: `{ segmentRisks(first: 20, filter: { scope: REGION, riskClasses: [BROKEN, AT_RISK] }) {
      totalCount edges { node { riskClass segment { nameZh } warnings ${REASONS} upstreamExposure { segment { id } riskClass } } } } }` },
    { name: 'heatmap', variables: { chainId }, query: `query($chainId: String!) { riskHeatmap(chainId: $chainId) {
      provinces { adcode } rows { segment { id nameZh } region { riskClass hhi } provinces { riskClass hhi localSupplyRate } } } }` },
    { name: 'chain graph', variables: { chainId }, query: `query($chainId: String!) { chainRiskGraph(chainId: $chainId) {
      nodes { segment { id } riskClass upstreamExposure { segment { id } riskClass } } edges { from { id } to { id } exposed } } }` },
    { name: 'cluster map', variables: { chainId }, query: `query($chainId: String!) { industrialClusters(first: 50, filter: { chainIds: [$chainId] }) {
      totalCount edges { node { city { nameZh location { lat lng } } stage enterprises liveListings locationQuotient evidence { code sentenceZh } } } } }` },
    { name: 'flows, all chains', query: `{ integrationFlows { totals { introduced concluded orderAmountCny crossBorderShare }
      provinceMatrix { supplyProvince { adcode } demandProvince { adcode } introduced concluded orderAmountCny }
      topCityPairs(first: 10) { supplyCity { nameZh } demandCity { nameZh } introduced } byMonth { month figures { introduced concluded } } } }` },
    { name: 'flows of a chain', variables: { chainId }, query: `query($chainId: String!) { integrationFlows(filter: { chainIds: [$chainId] }) {
      totals { introduced crossBorderShare } provinceMatrix { introduced concluded } byMonth { month figures { introduced } } } }` },
    { name: 'chain leaders', variables: { chainId }, query: `query($chainId: String!) { chainLeaders(first: 20, filter: { chainIds: [$chainId] }) {
      edges { node { enterprise { nameZh } figures { demandListings withRegionalSupplier localSupplyRate sentenceZh } } } } }` },
    { name: 'segment history', variables: { segmentId }, query: `query($segmentId: String!) { segmentRiskHistory(segmentId: $segmentId, first: 30) {
      edges { node { takenAt riskClass suppliers hhi localSupplyRate } } } }` },
  ];
}

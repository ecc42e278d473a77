/**
 * What a field costs beyond the 1 every field costs, and how many items a list field returns.
 * The estimate multiplies what a list selects by its items, so it tracks what is really returned.
 */
export interface FieldCost {
  /** Work the field does on its own: a count, an aggregation, a search, a whole suggestion run. */
  extra?: number;
  /** A list's size: its bound, or a declared typical size where nothing bounds it. */
  items?: number;
}

/** Costs by `Type.field`; `*.field` applies to that field of every type not named on its own. */
export type FieldCosts = Readonly<Record<string, FieldCost>>;

/**
 * Work in the unit of the budget, about 0.1 ms of the server's time at 100 000 listings, so that
 * GRAPHQL_MAX_COMPLEXITY (10 000) bounds a request near a second: a count over a filtered table
 * takes a few ms, a text search 10–20 ms, facet counts a pass over every match (~250 ms), a
 * suggestion run re-ranks MATCH_CANDIDATES listings (60–100 ms). A plain field is cheaper than its
 * unit of 1; fields are counted for the memory their values take.
 */
export const WORK = { COUNT: 50, SEARCH: 200, FACETS: 2500, SUGGESTION: 1000, RESPONSIVENESS: 5 } as const;

/**
 * ChainMatch's list fields and heavy fields. Lists taking `first` (connections, matchesForListing)
 * are sized by it and need no entry; every other list must have one (a test walks the schema).
 * Reference-data sizes are the largest in the data (a test holds them to it): 11 chains, at most 9
 * segments per chain, 6 feeds up and 8 down (cross-chain edges included), 3 cross-chain equivalents,
 * 16 cities per province, 16 counties per city and 73 units in the catalogue. Sizes
 * marked typical are what is usual where only an input cap or nothing bounds the list.
 */
export const API_FIELD_COSTS: FieldCosts = {
  '*.totalCount': { extra: WORK.COUNT },
  'Query.chains': { items: 12 },
  'Chain.segments': { items: 10 },
  'Segment.upstream': { items: 6 },
  'Segment.downstream': { items: 8 },
  'Segment.equivalents': { items: 4 },
  'Segment.industryClasses': { items: 6 },
  'Query.provinces': { items: 4 },
  'Query.cities': { items: 41 },
  'Query.units': { items: 80 },
  'Province.cities': { items: 16 },
  'City.counties': { items: 16 },
  'ServiceArea.provinces': { items: 4 },
  // Typical: members pick one to three of at most ten.
  'Enterprise.segments': { items: 4 },
  'Enterprise.responsiveness': { extra: WORK.RESPONSIVENESS },
  'Listing.attributes': { items: 30 },
  'Match.explanation': { items: 10 },
  'MatchSuggestion.explanation': { items: 10 },
  // Typical: a match's life has at most seven steps, rescoring adds none.
  'Match.timeline': { items: 10 },
  // Typical: admins create alliances one by one; a region has a few dozen.
  'Query.alliances': { items: 50 },
  'Query.searchListings': { extra: WORK.SEARCH },
  // Counted by the search itself (Query.searchListings).
  'SearchListingConnection.totalCount': { extra: 0 },
  'SearchListingConnection.facets': { extra: WORK.FACETS },
  'SearchListingEdge.highlights': { items: 3 },
  // Typical: the terms of a query found in one cropped field, one to three.
  'SearchHighlight.matches': { items: 3 },
  // A query's terms are capped (MAX_QUERY_TERMS, 12); each is corrected at most once.
  'SearchListingConnection.corrections': { items: 12 },
  // Typical: the lexicon's broadest groups have up to 14 narrower ones.
  'LexiconGroup.narrower': { items: 16 },
  'SearchFacets.kind': { items: 2 },
  'SearchFacets.chain': { items: 12 },
  'SearchFacets.segment': { items: 100 },
  'SearchFacets.province': { items: 4 },
  'SearchFacets.city': { items: 41 },
  'Query.matchesForListing': { extra: WORK.SUGGESTION },
  // Chain insight, served from snapshots. A chain's graph and heatmap: its segments (as Chain.segments)
  // in one area or across the four provinces, feeds between them at most six per segment.
  'ChainRiskGraph.nodes': { items: 10 },
  'ChainRiskGraph.edges': { items: 60 },
  'RiskHeatmap.rows': { items: 10 },
  'RiskHeatmap.provinces': { items: 4 },
  'RiskHeatmapRow.provinces': { items: 4 },
  // Typical: a verdict gives one or two reasons, plus one per exposure (no figures); a reason has one to four figures.
  'SegmentRisk.reasons': { items: 4 },
  'RiskReason.measures': { items: 3 },
  'SegmentRisk.upstreamExposure': { items: 6 },
  'RiskExposure.via': { items: 3 },
  // A cluster's stage is decided by one piece of evidence, then the location quotient.
  'IndustrialCluster.evidence': { items: 2 },
  'ClusterEvidence.measures': { items: 6 },
  'IndustrialCluster.byStage': { items: 3 },
  'IntegrationFlows.provinceMatrix': { items: 16 },
  'IntegrationFlows.byChain': { items: 12 },
  // Typical: the months with recorded outcomes, about three years.
  'IntegrationFlows.byMonth': { items: 36 },
};

export function costOf(costs: FieldCosts, typeName: string, fieldName: string): FieldCost {
  return costs[`${typeName}.${fieldName}`] ?? costs[`*.${fieldName}`] ?? {};
}

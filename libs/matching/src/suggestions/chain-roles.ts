import type { TaxonomyService } from '@chainmatch/chains';
import type { ChainRelation, MatchSide } from './match-side.js';

/** What the roles are read from: the taxonomy's relations and edges. */
export type ChainGraph = Pick<TaxonomyService, 'relation' | 'downstreamOf'>;

/**
 * Whether a need is filed under the buyer's own output segment, and so asks for inputs to it: the
 * buyer works in that segment, the segment feeds others (an end segment's operators buy from its
 * makers), and it is not the upstream segment of another of the buyer's own (an integrated maker
 * buying cells for its vehicles files the need under the segment of what it buys).
 */
export function needsInputs(taxonomy: ChainGraph, demand: Pick<MatchSide, 'segmentId' | 'enterpriseSegmentIds'>): boolean {
  const { segmentId, enterpriseSegmentIds: own } = demand;
  if (!own.includes(segmentId) || taxonomy.downstreamOf(segmentId).length === 0) return false;
  return !own.some((other) => other !== segmentId && taxonomy.relation(segmentId, other) === 'FEEDS');
}

/**
 * How the supplier's segment answers the need, the buyer's role considered: for a need for inputs
 * its feeders are the natural answer and a same-segment offer comes from a competitor; for a need
 * named by the product's segment, that segment (or its equivalent) is the answer and its feeders
 * make only inputs of the product. A segment the lexicon says makes one of the products the need
 * names (`productSegments`) makes it whatever the taxonomy says: a peer selling the very part a
 * maker buys, a robot maker for a weaving mill that filed its need under weaving.
 */
export function chainRelationOf(
  taxonomy: ChainGraph, demand: MatchSide, supply: MatchSide, productSegments: ReadonlySet<string>,
): { relation: ChainRelation; crossChain: boolean } {
  const crossChain = supply.chainId !== demand.chainId;
  const relation = segmentRelation(taxonomy, demand, supply);
  const weaker: ChainRelation[] = ['INPUT_OF_NEED', 'COMPETITOR', 'SAME_CHAIN', 'OTHER'];
  return { relation: weaker.includes(relation) && productSegments.has(supply.segmentId) ? 'MAKES_PRODUCT' : relation, crossChain };
}

function segmentRelation(taxonomy: ChainGraph, demand: MatchSide, supply: MatchSide): ChainRelation {
  const forInputs = needsInputs(taxonomy, demand);
  switch (taxonomy.relation(supply.segmentId, demand.segmentId)) {
    case 'SAME': return forInputs ? 'COMPETITOR' : 'SAME_SEGMENT';
    case 'EQUIVALENT': return forInputs ? 'COMPETITOR' : 'EQUIVALENT_SEGMENT';
    case 'FEEDS': return forInputs ? 'FEEDER' : 'INPUT_OF_NEED';
    case 'SAME_CHAIN': return 'SAME_CHAIN';
    default: return 'OTHER';
  }
}

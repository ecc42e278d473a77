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
 * make only inputs of the product.
 */
export function chainRelationOf(taxonomy: ChainGraph, demand: MatchSide, supply: MatchSide): { relation: ChainRelation; crossChain: boolean } {
  const relation = taxonomy.relation(supply.segmentId, demand.segmentId);
  const forInputs = needsInputs(taxonomy, demand);
  const crossChain = supply.chainId !== demand.chainId;
  switch (relation) {
    case 'SAME': return { relation: forInputs ? 'COMPETITOR' : 'SAME_SEGMENT', crossChain };
    case 'EQUIVALENT': return { relation: forInputs ? 'COMPETITOR' : 'EQUIVALENT_SEGMENT', crossChain };
    case 'FEEDS': return { relation: forInputs ? 'FEEDER' : 'INPUT_OF_NEED', crossChain };
    case 'SAME_CHAIN': return { relation: 'SAME_CHAIN', crossChain };
    default: return { relation: 'OTHER', crossChain };
  }
}

import type { TaxonomyService } from '@chainmatch/chains';
import type { ChainRelation, MatchSide } from './match-side.js';

/** What the roles are read from: the taxonomy's relations and edges. */
export type ChainGraph = Pick<TaxonomyService, 'relation' | 'downstreamOf' | 'counterpartSegmentsOf'>;

/** The relations of an offer that supplies what is needed: not a competitor's, not an input of the product, not merely the same chain. */
const SUPPLIES: ReadonlySet<ChainRelation> = new Set(['SAME_SEGMENT', 'EQUIVALENT_SEGMENT', 'FEEDER', 'MAKES_PRODUCT']);
/** Relations a segment the lexicon says makes the product overrides. */
const WEAKER: ReadonlySet<ChainRelation> = new Set(['INPUT_OF_NEED', 'COMPETITOR', 'SAME_CHAIN', 'OTHER']);

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
  return { relation: relationToNeed(taxonomy, demand, supply.segmentId, productSegments), crossChain: supply.chainId !== demand.chainId };
}

/**
 * The segments whose offers are the need's genuine counterparts — those chainRelationOf says supply
 * it — among the segments that can supply it and those making its products: where its suppliers
 * are counted (scarcity), never its competitors' segment.
 */
export function supplyingSegments(
  taxonomy: ChainGraph, demand: Pick<MatchSide, 'segmentId' | 'enterpriseSegmentIds'>, productSegments: ReadonlySet<string>,
): string[] {
  const segments = new Set([...taxonomy.counterpartSegmentsOf(demand.segmentId, 'SUPPLIERS'), ...productSegments]);
  return [...segments].filter((id) => SUPPLIES.has(relationToNeed(taxonomy, demand, id, productSegments)));
}

function relationToNeed(
  taxonomy: ChainGraph, demand: Pick<MatchSide, 'segmentId' | 'enterpriseSegmentIds'>, supplySegmentId: string, productSegments: ReadonlySet<string>,
): ChainRelation {
  const relation = segmentRelation(taxonomy, demand, supplySegmentId);
  return WEAKER.has(relation) && productSegments.has(supplySegmentId) ? 'MAKES_PRODUCT' : relation;
}

function segmentRelation(taxonomy: ChainGraph, demand: Pick<MatchSide, 'segmentId' | 'enterpriseSegmentIds'>, supplySegmentId: string): ChainRelation {
  const forInputs = needsInputs(taxonomy, demand);
  switch (taxonomy.relation(supplySegmentId, demand.segmentId)) {
    case 'SAME': return forInputs ? 'COMPETITOR' : 'SAME_SEGMENT';
    case 'EQUIVALENT': return forInputs ? 'COMPETITOR' : 'EQUIVALENT_SEGMENT';
    case 'FEEDS': return forInputs ? 'FEEDER' : 'INPUT_OF_NEED';
    case 'SAME_CHAIN': return 'SAME_CHAIN';
    default: return 'OTHER';
  }
}

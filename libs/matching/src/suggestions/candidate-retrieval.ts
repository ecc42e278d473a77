import type { TaxonomyService } from '@chainmatch/chains';
import type { SearchRequest } from '@chainmatch/search';
import { needsInputs } from './chain-roles.js';
import type { MatchSide } from './match-side.js';

/** Share of the candidate budget given to the channel of the natural counterparts. */
const NATURAL_SHARE = 0.75;

/**
 * What the search engine is asked for one listing's counterparts: one request per channel, each
 * with its share of `budget` candidates, to be united before re-ranking. Today two channels, both
 * nearest first over the segments that can be counterparts: the same segment and its cross-chain
 * equivalents, and the segments along the chain (feeders of a need, buyers of an offer). The
 * channel a need's role makes natural gets most of the budget, so a busy segment of competitors
 * cannot crowd out its suppliers. Phase B adds a channel retrieving by the need's product terms.
 */
export function retrievalChannels(taxonomy: TaxonomyService, source: MatchSide, budget: number): SearchRequest[] {
  const demandAsks = source.kind === 'DEMAND';
  const segments = taxonomy.counterpartSegmentsOf(source.segmentId, demandAsks ? 'SUPPLIERS' : 'BUYERS');
  const relationTo = (other: string) => (demandAsks ? taxonomy.relation(other, source.segmentId) : taxonomy.relation(source.segmentId, other));
  const alike = segments.filter((id) => ['SAME', 'EQUIVALENT'].includes(relationTo(id)));
  const along = segments.filter((id) => !alike.includes(id));
  const alongShare = !demandAsks ? 0.5 : needsInputs(taxonomy, source) ? NATURAL_SHARE : 1 - NATURAL_SHARE;
  const alongLimit = alike.length === 0 ? budget : along.length === 0 ? 0 : Math.max(1, Math.round(budget * alongShare));
  return [
    { segmentIds: alike, limit: budget - alongLimit },
    { segmentIds: along, limit: alongLimit },
  ].filter(({ segmentIds, limit }) => segmentIds.length > 0 && limit > 0).map(({ segmentIds, limit }) => request(source, segmentIds, limit));
}

/** The pairing rules as filters (opposite kind, provinces a need accepts), nearest first; ranking is ours. */
function request(source: MatchSide, segmentIds: string[], limit: number): SearchRequest {
  const point = source.lat !== null && source.lng !== null ? { lat: source.lat, lng: source.lng } : undefined;
  return {
    filters: {
      kind: source.kind === 'DEMAND' ? 'SUPPLY' : 'DEMAND',
      segmentIds,
      provinceAdcodes: source.kind === 'DEMAND' && source.servedProvinceAdcodes.length > 0 ? source.servedProvinceAdcodes : undefined,
      near: point,
    },
    sort: point ? 'DISTANCE' : 'NEWEST',
    offset: 0,
    limit,
  };
}

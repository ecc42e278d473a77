import type { TaxonomyService } from '@chainmatch/chains';
import type { SearchRequest } from '@chainmatch/search';
import { needsInputs } from './chain-roles.js';
import type { MatchSide } from './match-side.js';

/** Share of the segment channels' budget given to the channel of the natural counterparts. */
const NATURAL_SHARE = 0.75;
/** Share of the whole budget given to the candidates found by product, when the listing names one. */
const PRODUCT_SHARE = 0.5;
/** Of that, the share of the search for the products as named (the rest: as their broader products). */
const EXACT_SHARE = 0.6;

/** What the listing is about, for retrieving by product: its heaviest terms as search text (see productQueries), and the segments the lexicon says make them. */
export interface ProductSearch {
  exact?: string;
  broadened?: string;
  productSegments: ReadonlySet<string>;
}

/**
 * What the search engine is asked for one listing's counterparts: one request per channel, each
 * with its share of `budget` candidates, united before re-ranking.
 * - **by product**, nearest first: listings naming the listing's products (lexicon-expanded, both
 *   languages, relaxed when strict matching finds too little), and naming their broader products —
 *   for a need over the segments that can supply it and those the lexicon says make its products,
 *   for an offer over every segment. This reaches the right counterpart however many listings of
 *   other products lie nearer, and the only one however far;
 * - **alike**, nearest first: the same segment and its cross-chain equivalents;
 * - **along the chain**, nearest first: feeders of a need, buyers of an offer. The segment channel a
 *   need's role makes natural gets most of their budget, so a busy segment of competitors cannot
 *   crowd out its suppliers.
 */
export function retrievalChannels(taxonomy: TaxonomyService, source: MatchSide, budget: number, product: ProductSearch): SearchRequest[] {
  const demandAsks = source.kind === 'DEMAND';
  const segments = taxonomy.counterpartSegmentsOf(source.segmentId, demandAsks ? 'SUPPLIERS' : 'BUYERS');
  const productLimit = product.exact === undefined ? 0 : Math.round(budget * PRODUCT_SHARE);
  const exactLimit = product.broadened === undefined ? productLimit : Math.round(productLimit * EXACT_SHARE);
  const productSegments = demandAsks ? [...new Set([...segments, ...product.productSegments])] : [];
  const byProduct = (text: string | undefined, limit: number): SearchRequest[] =>
    (text === undefined || limit === 0 ? [] : [{ ...request(source, productSegments, limit), text, matching: 'ALL_THEN_MOST' }]);
  return [
    ...byProduct(product.exact, exactLimit), ...byProduct(product.broadened, productLimit - exactLimit),
    ...segmentChannels(taxonomy, source, segments, budget - productLimit),
  ];
}

function segmentChannels(taxonomy: TaxonomyService, source: MatchSide, segments: string[], budget: number): SearchRequest[] {
  const demandAsks = source.kind === 'DEMAND';
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
    idsOnly: true,
  };
}

import type { SearchRequest } from '@chainmatch/search';

export type BenchCategory = 'text' | 'text + filters' | 'facets' | 'geo' | 'browse';

/** One query of the mix, as a client would send it to searchListings. */
export interface BenchQuery {
  name: string;
  category: BenchCategory;
  input: {
    text?: string;
    kind?: 'SUPPLY' | 'DEMAND';
    chainIds?: string[];
    provinceAdcodes?: string[];
    cityAdcodes?: string[];
    near?: { point: { lat: number; lng: number }; radiusKm?: number };
    sort?: 'RELEVANCE' | 'NEWEST' | 'DISTANCE';
  };
  facets: boolean;
}

const SUZHOU = { lat: 31.2990, lng: 120.5853 };
const HEFEI = { lat: 31.8206, lng: 117.2272 };
const NINGBO = { lat: 29.8683, lng: 121.5440 };

/**
 * The fixed mix: product and service terms buyers type (Chinese, English, a typo, a synonym),
 * the same with filters, facet counts (the first page of a search screen), distance searches,
 * and browsing without text. Every query asks for the first page of 20.
 */
export const BENCH_QUERIES: BenchQuery[] = [
  { name: '封装测试', category: 'text', input: { text: '封装测试' }, facets: false },
  { name: '光刻胶', category: 'text', input: { text: '光刻胶' }, facets: false },
  { name: 'servo motor', category: 'text', input: { text: 'servo motor' }, facets: false },
  { name: '锂电池隔膜', category: 'text', input: { text: '锂电池隔膜' }, facets: false },
  { name: 'photoresit (typo)', category: 'text', input: { text: 'photoresit' }, facets: false },
  { name: '伺服电机 JS SUPPLY', category: 'text + filters', input: { text: '伺服电机', provinceAdcodes: ['320000'], kind: 'SUPPLY' }, facets: false },
  { name: 'CNC SH+ZJ', category: 'text + filters', input: { text: 'CNC', provinceAdcodes: ['310000', '330000'] }, facets: false },
  { name: '传感器 +facets', category: 'facets', input: { text: '传感器' }, facets: true },
  { name: 'nev DEMAND +facets', category: 'facets', input: { chainIds: ['nev'], kind: 'DEMAND' }, facets: true },
  { name: '机器人 50 km Suzhou', category: 'geo', input: { text: '机器人', near: { point: SUZHOU, radiusKm: 50 }, sort: 'DISTANCE' }, facets: false },
  { name: 'DEMAND 30 km Hefei', category: 'geo', input: { kind: 'DEMAND', near: { point: HEFEI, radiusKm: 30 }, sort: 'DISTANCE' }, facets: false },
  { name: 'newest in Ningbo', category: 'browse', input: { cityAdcodes: ['330200'] }, facets: false },
  { name: 'nearest to Ningbo', category: 'geo', input: { near: { point: NINGBO }, sort: 'DISTANCE', chainIds: ['new_materials'] }, facets: false },
];

/** The engine request searchListings would make for `query` (first page of 20). */
export function engineRequest(query: BenchQuery): SearchRequest {
  const { input } = query;
  return {
    text: input.text,
    filters: {
      kind: input.kind, chainIds: input.chainIds, provinceAdcodes: input.provinceAdcodes, cityAdcodes: input.cityAdcodes,
      near: input.near && { lat: input.near.point.lat, lng: input.near.point.lng, radiusKm: input.near.radiusKm },
    },
    sort: input.sort ?? (input.text ? 'RELEVANCE' : 'NEWEST'),
    offset: 0,
    limit: 20,
    facets: query.facets,
  };
}

const FACETS = 'facets { kind { value count } chain { value count nameZh } segment { value count } province { value count } city { value count } }';

/** The GraphQL operation a search screen sends: listing cards with highlights, and facets when shown. */
export function graphqlOperation(query: BenchQuery): { query: string; variables: Record<string, unknown> } {
  return {
    query: `query Bench($input: SearchListingsInput) { searchListings(input: $input, first: 20) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor score distanceKm highlights { field text matches { start length } }
        node { id kind title segment { nameZh } city { nameZh } enterprise { nameZh } validUntil } }
      ${query.facets ? FACETS : ''} } }`,
    variables: { input: query.input },
  };
}

import type { ListingKind, SearchListingsInput, SearchSort } from '../../gql/graphql';
import type { City } from '../../shared/reference-data';

/** Everything a search is, kept in the URL so a reload, a shared link or Back shows the same page. */
export interface SearchState {
  text: string;
  kind?: ListingKind;
  chainIds: string[];
  segmentIds: string[];
  provinceAdcodes: string[];
  cityAdcodes: string[];
  nearCity?: string;
  radiusKm?: number;
  sort?: SearchSort;
  verifiedOnly: boolean;
  /** Cursor of the page shown, and those of the pages before it (for Previous). */
  after?: string;
  before: string[];
}

export const MULTI_FACETS = ['chainIds', 'segmentIds', 'provinceAdcodes', 'cityAdcodes'] as const;
export type MultiFacet = (typeof MULTI_FACETS)[number];

const number = (value: string | null) => (value && Number.isFinite(Number(value)) ? Number(value) : undefined);

export function readSearchState(params: URLSearchParams): SearchState {
  return {
    text: params.get('q') ?? '',
    kind: (params.get('kind') as ListingKind | null) ?? undefined,
    chainIds: params.getAll('chain'),
    segmentIds: params.getAll('segment'),
    provinceAdcodes: params.getAll('province'),
    cityAdcodes: params.getAll('city'),
    nearCity: params.get('near') ?? undefined,
    radiusKm: number(params.get('radius')),
    sort: (params.get('sort') as SearchSort | null) ?? undefined,
    verifiedOnly: params.get('verified') === '1',
    after: params.get('after') ?? undefined,
    before: params.getAll('before'),
  };
}

const PARAM_OF: Record<MultiFacet, string> = { chainIds: 'chain', segmentIds: 'segment', provinceAdcodes: 'province', cityAdcodes: 'city' };

export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.text) params.set('q', state.text);
  if (state.kind) params.set('kind', state.kind);
  for (const facet of MULTI_FACETS) state[facet].forEach((value) => params.append(PARAM_OF[facet], value));
  if (state.nearCity) params.set('near', state.nearCity);
  if (state.radiusKm) params.set('radius', String(state.radiusKm));
  if (state.sort) params.set('sort', state.sort);
  if (state.verifiedOnly) params.set('verified', '1');
  if (state.after) params.set('after', state.after);
  state.before.forEach((cursor) => params.append('before', cursor));
  return params;
}

/** The API's input: AND across fields, OR within each list — exactly the facets' meaning. */
export function searchInput(state: SearchState, cities: City[]): SearchListingsInput {
  const near = cities.find((city) => city.adcode === state.nearCity);
  const list = (values: string[]) => (values.length ? values : undefined);
  return {
    text: state.text.trim() || undefined,
    kind: state.kind,
    chainIds: list(state.chainIds),
    segmentIds: list(state.segmentIds),
    provinceAdcodes: list(state.provinceAdcodes),
    cityAdcodes: list(state.cityAdcodes),
    verifiedOnly: state.verifiedOnly || undefined,
    near: near ? { point: { lat: near.location.lat, lng: near.location.lng }, radiusKm: state.radiusKm } : undefined,
    sort: state.sort === 'DISTANCE' && !near ? undefined : state.sort,
  };
}

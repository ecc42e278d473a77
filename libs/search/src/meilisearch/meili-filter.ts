import type { SearchFilters, SearchRequest } from '../engine/search-engine.port.js';

/**
 * A value as a double-quoted Meilisearch filter literal. The filter parser ends a string at the
 * first unescaped quote and unescapes afterwards, so escaping every backslash and quote keeps any
 * value — `ic" OR kind = "DEMAND` included — one literal that cannot add a condition.
 */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A number for a filter; anything not finite is refused rather than printed (NaN, Infinity). */
function filterNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number for a search filter: ${value}`);
  return String(value);
}

/** Listings already shown by a stricter level of a relaxed search. */
export function excludeFilter(ids: readonly string[]): string[] {
  return ids.length > 0 ? [`id NOT IN [${ids.map(quoteFilterValue).join(', ')}]`] : [];
}

/** The filters as expressions Meilisearch ANDs together: IN [...] gives OR within one field. */
export function meiliFilter(filters: SearchFilters, now: Date): string[] {
  const anyOf = (attribute: string, values: string[] | undefined) =>
    (values?.length ? [`${attribute} IN [${values.map(quoteFilterValue).join(', ')}]`] : []);
  const near = filters.near;
  return [
    `validUntil > ${filterNumber(now.getTime())}`,
    ...(filters.kind ? [`kind = ${quoteFilterValue(filters.kind)}`] : []),
    ...(filters.verifiedOnly ? ['verified = true'] : []),
    ...anyOf('chainId', filters.chainIds),
    ...anyOf('segmentId', filters.segmentIds),
    ...anyOf('provinceAdcode', filters.provinceAdcodes),
    ...anyOf('cityAdcode', filters.cityAdcodes),
    ...(near?.radiusKm !== undefined
      ? [`_geoRadius(${filterNumber(near.lat)}, ${filterNumber(near.lng)}, ${filterNumber(Math.round(near.radiusKm * 1000))})`]
      : []),
  ];
}

/** The order of a request, with the id last so equal values keep one order across pages. */
export function meiliSort(request: Pick<SearchRequest, 'sort' | 'filters'>): string[] | undefined {
  switch (request.sort) {
    case 'NEWEST':
      return ['createdAt:desc', 'id:desc'];
    case 'DISTANCE': {
      const near = request.filters.near;
      if (!near) return undefined;
      return [`_geoPoint(${filterNumber(near.lat)}, ${filterNumber(near.lng)}):asc`, 'createdAt:desc', 'id:desc'];
    }
    default:
      return undefined;
  }
}

import type { DemoCity, DemoCounty, DemoReferenceData, DemoSegment } from './demo-data.types.js';

/** Look-ups over the reference data, built once per generator call. */
export interface ReferenceIndex {
  cities: DemoCity[];
  cityByAdcode: Map<string, DemoCity>;
  countyByAdcode: Map<string, DemoCounty>;
  countiesByCity: Map<string, DemoCounty[]>;
  countiesByProvince: Map<string, DemoCounty[]>;
  segmentById: Map<string, DemoSegment>;
  segmentsByChain: Map<string, DemoSegment[]>;
  /** Segments whose output goes into the key segment (its upstream). */
  feedersOf: Map<string, DemoSegment[]>;
  /** Segments linked to the key segment by a feed edge in either direction. */
  neighboursOf: Map<string, DemoSegment[]>;
}

export function buildReferenceIndex(ref: DemoReferenceData): ReferenceIndex {
  const segmentById = new Map(ref.segments.map((segment) => [segment.id, segment]));
  const feedersOf = new Map<string, DemoSegment[]>();
  const neighboursOf = new Map<string, DemoSegment[]>();
  for (const supplier of ref.segments) {
    for (const customer of supplier.feeds.map((id) => segmentById.get(id))) {
      if (!customer) continue; // staff may have removed a segment that an edge still names
      appendTo(feedersOf, customer.id, supplier);
      appendTo(neighboursOf, customer.id, supplier);
      appendTo(neighboursOf, supplier.id, customer);
    }
  }
  return {
    cities: ref.cities,
    cityByAdcode: new Map(ref.cities.map((city) => [city.adcode, city])),
    countyByAdcode: new Map(ref.counties.map((county) => [county.adcode, county])),
    countiesByCity: groupBy(ref.counties, (county) => county.cityAdcode),
    countiesByProvince: groupBy(ref.counties, (county) => county.provinceAdcode),
    segmentById,
    segmentsByChain: groupBy(ref.segments, (segment) => segment.chainId),
    feedersOf,
    neighboursOf,
  };
}

export function requireEntry<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo data: unknown ${what} ${String(key)}`);
  return value;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) appendTo(groups, keyOf(item), item);
  return groups;
}

function appendTo<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

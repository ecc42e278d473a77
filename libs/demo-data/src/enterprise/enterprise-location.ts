import type { Faker } from '@faker-js/faker';
import type { DemoCity, DemoCounty } from '../demo-data.types.js';
import type { ReferenceIndex } from '../reference-index.js';
import { economicWeightOf } from './city-economy.js';

/** Once there are enough enterprises, every city gets at least this share so none is left empty. */
const MIN_CITY_SHARE = 0.004;
/** Share of enterprises that geocoded their address; the others are only known by county. */
const PRECISE_POINT_SHARE = 0.7;
const MAX_JITTER_KM = 5;
const KM_PER_DEGREE_LATITUDE = 111.32;
const COORDINATE_DECIMALS = 1e6;

/**
 * One city per enterprise, in shuffled order: quotas (largest remainder over economic weight, plus a
 * floor) rather than independent draws, so small prefectures are reliably present.
 */
export function allocateCities(faker: Faker, index: ReferenceIndex, count: number): DemoCity[] {
  const cities = index.cities.filter((city) => index.countiesByCity.has(city.adcode));
  const floor = count >= cities.length ? Math.max(1, Math.floor(count * MIN_CITY_SHARE)) : 0;
  const quotas = largestRemainderQuotas(
    cities.map((city) => economicWeightOf(city.adcode)),
    count - floor * cities.length,
  );
  return faker.helpers.shuffle(cities.flatMap((city, i) => Array<DemoCity>(quotas[i] + floor).fill(city)));
}

function largestRemainderQuotas(weights: number[], total: number): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (total * weight) / weightSum);
  const quotas = exact.map(Math.floor);
  const leftOver = total - quotas.reduce((sum, quota) => sum + quota, 0);
  const byRemainder = exact.map((value, i) => ({ i, remainder: value - quotas[i] })).sort((a, b) => b.remainder - a.remainder);
  for (const { i } of byRemainder.slice(0, leftOver)) quotas[i]++;
  return quotas;
}

/** A point within a few kilometres of the county seat, uniform over the disc; null when not geocoded. */
export function enterprisePoint(faker: Faker, county: DemoCounty): { lat: number | null; lng: number | null } {
  if (county.lat === null || county.lng === null || !faker.datatype.boolean(PRECISE_POINT_SHARE)) {
    return { lat: null, lng: null };
  }
  const distanceKm = MAX_JITTER_KM * Math.sqrt(faker.number.float());
  const bearing = faker.number.float({ max: 2 * Math.PI });
  const latOffset = (distanceKm * Math.cos(bearing)) / KM_PER_DEGREE_LATITUDE;
  const lngOffset = (distanceKm * Math.sin(bearing)) / (KM_PER_DEGREE_LATITUDE * Math.cos((county.lat * Math.PI) / 180));
  return { lat: roundCoordinate(county.lat + latOffset), lng: roundCoordinate(county.lng + lngOffset) };
}

function roundCoordinate(degrees: number): number {
  return Math.round(degrees * COORDINATE_DECIMALS) / COORDINATE_DECIMALS;
}

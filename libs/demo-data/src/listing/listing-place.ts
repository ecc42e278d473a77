import type { Faker } from '@faker-js/faker';
import type { DemoCity, DemoCounty, DemoEnterprise } from '../demo-data.types.js';
import { requireEntry, type ReferenceIndex } from '../reference-index.js';
import type { Term } from '../vocabulary/vocabulary.types.js';

export interface ListingPlace {
  county: DemoCounty;
  city: DemoCity;
  lat: number | null;
  lng: number | null;
}

export interface ListingCoverage {
  servedProvinceAdcodes: string[];
  serviceRadiusKm: number | null;
}

export const YRD_PROVINCES: ReadonlyMap<string, Term> = new Map([
  ['310000', { zh: '上海', en: 'Shanghai' }],
  ['320000', { zh: '江苏', en: 'Jiangsu' }],
  ['330000', { zh: '浙江', en: 'Zhejiang' }],
  ['340000', { zh: '安徽', en: 'Anhui' }],
]);

/** Some listings are for a second site, e.g. a warehouse in another district of the same city. */
const OTHER_SITE_SHARE = 0.1;
const WHOLE_YRD_SHARE = 0.5;
const SERVICE_RADIUS_SHARE = 0.15;

export function pickListingPlace(faker: Faker, index: ReferenceIndex, enterprise: DemoEnterprise): ListingPlace {
  const home = requireEntry(index.countyByAdcode, enterprise.countyAdcode, 'county');
  const otherSites = requireEntry(index.countiesByCity, home.cityAdcode, 'city').filter((county) => county !== home);
  const atHome = otherSites.length === 0 || !faker.datatype.boolean(OTHER_SITE_SHARE);
  const county = atHome ? home : faker.helpers.arrayElement(otherSites);
  const point = atHome && enterprise.lat !== null ? enterprise : county;
  return { county, city: requireEntry(index.cityByAdcode, county.cityAdcode, 'city'), lat: point.lat, lng: point.lng };
}

/** Half the listings take the whole delta; the others name 1-3 provinces, always their own. */
export function drawCoverage(faker: Faker, provinceAdcode: string): ListingCoverage {
  const otherProvinces = [...YRD_PROVINCES.keys()].filter((adcode) => adcode !== provinceAdcode);
  const servedProvinceAdcodes = faker.datatype.boolean(WHOLE_YRD_SHARE)
    ? []
    : [provinceAdcode, ...faker.helpers.arrayElements(otherProvinces, { min: 0, max: 2 })].sort();
  const serviceRadiusKm = faker.datatype.boolean(SERVICE_RADIUS_SHARE) ? faker.number.int({ min: 5, max: 80 }) * 10 : null;
  return { servedProvinceAdcodes, serviceRadiusKm };
}

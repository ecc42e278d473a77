import type { Faker } from '@faker-js/faker';
import type {
  DemoCity,
  DemoCounty,
  DemoEnterprise,
  DemoGenerationOptions,
  DemoReferenceData,
  EnterpriseSize,
} from '../demo-data.types.js';
import { buildReferenceIndex, requireEntry, type ReferenceIndex } from '../reference-index.js';
import { createDemoFaker, randomUuid } from '../seeded-faker.js';
import { vocabularyFor } from '../vocabulary/segment-vocabulary.js';
import { generateContact } from './contact-generator.js';
import { allocateCities, enterprisePoint } from './enterprise-location.js';
import { generateEnterpriseName } from './enterprise-name.js';
import { pickSegments } from './enterprise-segments.js';
import { generateUscc } from './uscc-generator.js';

const SIZE_WEIGHTS: { weight: number; value: EnterpriseSize }[] = [
  { weight: 35, value: 'MICRO' },
  { weight: 38, value: 'SMALL' },
  { weight: 20, value: 'MEDIUM' },
  { weight: 7, value: 'LARGE' },
];
/** Enterprises whose USCC was issued in another province, so the review queue's region-mismatch flag has examples. */
const FOREIGN_REGISTRATION_SHARE = 0.03;

interface TakenIdentifiers {
  usccs: Set<string>;
  names: Set<string>;
}

/** `count` enterprises spread over the cities by economic weight; the same seed gives the same enterprises. */
export function generateDemoEnterprises(
  ref: DemoReferenceData,
  count: number,
  options: DemoGenerationOptions,
): DemoEnterprise[] {
  const index = buildReferenceIndex(ref);
  if (count > 0 && (index.countiesByCity.size === 0 || index.segmentById.size === 0)) {
    throw new Error('demo data: the reference data needs counties and segments to place enterprises');
  }
  const faker = createDemoFaker();
  faker.seed(options.seed);
  const taken: TakenIdentifiers = { usccs: new Set(), names: new Set() };
  return allocateCities(faker, index, count).map((city) => generateEnterprise(faker, index, city, taken));
}

function generateEnterprise(faker: Faker, index: ReferenceIndex, city: DemoCity, taken: TakenIdentifiers): DemoEnterprise {
  const id = randomUuid(faker);
  const county = faker.helpers.arrayElement(requireEntry(index.countiesByCity, city.adcode, 'city'));
  const size = faker.helpers.weightedArrayElement(SIZE_WEIGHTS);
  const segmentIds = pickSegments(faker, index, city.adcode, size);
  const industryTerms = vocabularyFor(requireEntry(index.segmentById, segmentIds[0], 'segment')).companyTerms;
  const name = generateEnterpriseName(faker, city, industryTerms, size, taken.names);
  return {
    id,
    uscc: generateUscc(faker, registrationDivision(faker, index, county), taken.usccs),
    nameZh: name.nameZh,
    nameEn: name.nameEn,
    countyAdcode: county.adcode,
    ...enterprisePoint(faker, county),
    size,
    segmentIds,
    contact: generateContact(faker, name.brand, city.nameEn, size),
  };
}

function registrationDivision(faker: Faker, index: ReferenceIndex, county: DemoCounty): string {
  if (!faker.datatype.boolean(FOREIGN_REGISTRATION_SHARE)) return county.adcode;
  const elsewhere = [...index.countiesByProvince]
    .filter(([provinceAdcode]) => provinceAdcode !== county.provinceAdcode)
    .flatMap(([, counties]) => counties);
  return elsewhere.length > 0 ? faker.helpers.arrayElement(elsewhere).adcode : county.adcode;
}

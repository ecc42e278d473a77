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
/** Larger enterprises seek alliance verification first; about a third of all are verified. */
const VERIFIED_SHARE: Record<EnterpriseSize, number> = { MICRO: 0.15, SMALL: 0.3, MEDIUM: 0.55, LARGE: 0.8 };
const DAY_MS = 86_400_000;

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
  // Once there are enough, the first enterprises work one in each segment, so every segment has makers and buyers.
  const anchors = count >= index.segmentById.size * 2 ? [...index.segmentById.keys()] : [];
  return allocateCities(faker, index, count).map((city, i) => generateEnterprise(faker, index, city, taken, options.now, anchors[i]));
}

function generateEnterprise(
  faker: Faker, index: ReferenceIndex, city: DemoCity, taken: TakenIdentifiers, now: Date, anchorSegmentId?: string,
): DemoEnterprise {
  const id = randomUuid(faker);
  const county = faker.helpers.arrayElement(requireEntry(index.countiesByCity, city.adcode, 'city'));
  const size = faker.helpers.weightedArrayElement(SIZE_WEIGHTS);
  const segmentIds = pickSegments(faker, index, city.adcode, size, anchorSegmentId);
  const industryTerms = vocabularyFor(requireEntry(index.segmentById, segmentIds[0], 'segment')).companyTerms;
  const name = generateEnterpriseName(faker, city, industryTerms, size, taken.names);
  const division = registrationDivision(faker, index, county);
  return {
    id,
    uscc: generateUscc(faker, division, taken.usccs),
    nameZh: name.nameZh,
    nameEn: name.nameEn,
    countyAdcode: county.adcode,
    ...enterprisePoint(faker, county),
    size,
    segmentIds,
    contact: generateContact(faker, name.brand, city, size),
    verifiedAt: drawVerification(faker, size, division === county.adcode, now),
  };
}

/** Staff verify an enterprise whose registration matches its place; one flagged for review waits. */
function drawVerification(faker: Faker, size: EnterpriseSize, registeredWhereItIs: boolean, now: Date): Date | null {
  if (!registeredWhereItIs || !faker.datatype.boolean(VERIFIED_SHARE[size])) return null;
  return new Date(now.getTime() - faker.number.int({ min: 1, max: 365 }) * DAY_MS);
}

function registrationDivision(faker: Faker, index: ReferenceIndex, county: DemoCounty): string {
  if (!faker.datatype.boolean(FOREIGN_REGISTRATION_SHARE)) return county.adcode;
  const elsewhere = [...index.countiesByProvince]
    .filter(([provinceAdcode]) => provinceAdcode !== county.provinceAdcode)
    .flatMap(([, counties]) => counties);
  return elsewhere.length > 0 ? faker.helpers.arrayElement(elsewhere).adcode : county.adcode;
}

import type { Faker } from '@faker-js/faker';
import type {
  DemoEnterprise,
  DemoGenerationOptions,
  DemoListing,
  DemoReferenceData,
  EnterpriseSize,
  ListingRange,
} from '../demo-data.types.js';
import { buildReferenceIndex, type ReferenceIndex } from '../reference-index.js';
import { createDemoFaker, randomUuid } from '../seeded-faker.js';
import { shortSegmentName } from '../vocabulary/segment-vocabulary.js';
import { buildTextContext, drawListingFacts } from './listing-facts.js';
import { anchorTrade, type ListingTrade } from './listing-market.js';
import { pickKeywords } from './listing-keywords.js';
import { drawSchedule } from './listing-schedule.js';
import { writeListingText } from './listing-text.js';

/** Bigger enterprises post more listings. */
const LISTING_WEIGHT_BY_SIZE: Record<EnterpriseSize, number> = { MICRO: 1, SMALL: 2, MEDIUM: 4, LARGE: 7 };

type EnterprisePicker = (faker: Faker) => DemoEnterprise;

/**
 * Listings `range.start` … `range.start + range.count - 1`. Each listing number seeds its own random
 * stream from (seed, number), so a run can be produced in chunks of any size with identical results.
 */
export function generateDemoListings(
  ref: DemoReferenceData,
  enterprises: DemoEnterprise[],
  range: ListingRange,
  options: DemoGenerationOptions,
): DemoListing[] {
  if (range.count > 0 && enterprises.length === 0) throw new Error('demo data: listings need enterprises');
  const index = buildReferenceIndex(ref);
  const pickEnterprise = createEnterprisePicker(enterprises);
  const faker = createDemoFaker();
  return Array.from({ length: range.count }, (_, offset) => {
    faker.seed([options.seed, range.start + offset]);
    const anchor = anchorTrade(faker, index, enterprises, range.start + offset);
    return generateListing(faker, index, anchor?.enterprise ?? pickEnterprise(faker), options.now, anchor?.trade);
  });
}

function generateListing(faker: Faker, index: ReferenceIndex, enterprise: DemoEnterprise, now: Date, trade?: ListingTrade): DemoListing {
  const id = randomUuid(faker);
  const facts = drawListingFacts(faker, index, enterprise, trade);
  const { figures, place, coverage } = facts;
  const schedule = drawSchedule(faker, now);
  const text = writeListingText(faker, buildTextContext(index, enterprise, facts));
  return {
    id,
    enterpriseId: enterprise.id,
    kind: facts.kind,
    title: text.title,
    description: text.description,
    segmentId: facts.segment.id,
    keywords: pickKeywords(faker, facts.product, shortSegmentName(facts.productSegment), text.language),
    quantity: figures.quantity,
    quantityUnit: figures.quantity === null ? null : figures.unit!.code,
    quantityBasis: figures.basis,
    priceMinCny: figures.priceMinCny,
    priceMaxCny: figures.priceMaxCny,
    priceUnit: figures.priceUnit?.code ?? null,
    leadTimeDays: figures.leadTimeDays,
    certifications: facts.certifications.certifications,
    mandatoryCertifications: facts.certifications.mandatoryCertifications,
    countyAdcode: place.county.adcode,
    lat: place.lat,
    lng: place.lng,
    servedProvinceAdcodes: coverage.servedProvinceAdcodes,
    serviceRadiusKm: coverage.serviceRadiusKm,
    status: schedule.status,
    validFrom: schedule.validFrom,
    validUntil: schedule.validUntil,
    createdAt: schedule.createdAt,
  };
}

/** Size-weighted choice by binary search over cumulative weights: linear scans would cost O(enterprises) per listing. */
function createEnterprisePicker(enterprises: DemoEnterprise[]): EnterprisePicker {
  let total = 0;
  const cumulative = enterprises.map((enterprise) => (total += LISTING_WEIGHT_BY_SIZE[enterprise.size]));
  return (faker) => {
    const target = faker.number.float({ max: total });
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return enterprises[low];
  };
}

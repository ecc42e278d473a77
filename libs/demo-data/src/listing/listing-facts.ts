import type { Faker } from '@faker-js/faker';
import type { DemoEnterprise, DemoSegment, ListingKind } from '../demo-data.types.js';
import { requireEntry, type ReferenceIndex } from '../reference-index.js';
import { shortSegmentName, vocabularyFor } from '../vocabulary/segment-vocabulary.js';
import type { Product } from '../vocabulary/vocabulary.types.js';
import { drawFigures, type ListingFigures } from './listing-figures.js';
import { drawCertifications, pickListingSegment } from './listing-market.js';
import { drawCoverage, pickListingPlace, YRD_PROVINCES, type ListingCoverage, type ListingPlace } from './listing-place.js';
import type { ListingTextContext } from './listing-text.types.js';

const SUPPLY_SHARE = 0.55;

/** What a listing offers or asks for, before it is put into words. */
export interface ListingFacts {
  kind: ListingKind;
  segment: DemoSegment;
  product: Product;
  /** All products of the segment, the chosen one included. */
  segmentProducts: Product[];
  figures: ListingFigures;
  certifications: string[];
  place: ListingPlace;
  coverage: ListingCoverage;
}

export function drawListingFacts(faker: Faker, index: ReferenceIndex, enterprise: DemoEnterprise): ListingFacts {
  const kind: ListingKind = faker.datatype.boolean(SUPPLY_SHARE) ? 'SUPPLY' : 'DEMAND';
  const segment = pickListingSegment(faker, index, enterprise, kind);
  const segmentProducts = vocabularyFor(segment).products;
  const product = faker.helpers.arrayElement(segmentProducts);
  const place = pickListingPlace(faker, index, enterprise);
  return {
    kind,
    segment,
    product,
    segmentProducts,
    figures: drawFigures(faker, product, kind, enterprise.size),
    certifications: drawCertifications(faker, segment, kind),
    place,
    coverage: drawCoverage(faker, place.county.provinceAdcode),
  };
}

export function buildTextContext(
  faker: Faker,
  index: ReferenceIndex,
  enterprise: DemoEnterprise,
  facts: ListingFacts,
): ListingTextContext {
  const siblings = facts.segmentProducts.filter((other) => other !== facts.product);
  const { figures, place, coverage } = facts;
  // Spelled out rather than spread: a spread-built object is slower for the many template reads that follow.
  return {
    kind: facts.kind,
    product: facts.product,
    isService: facts.product.isService,
    relatedProduct: siblings.length > 0 ? faker.helpers.arrayElement(siblings) : null,
    unit: figures.unit,
    quantity: figures.quantity,
    priceMinCny: figures.priceMinCny,
    priceMaxCny: figures.priceMaxCny,
    leadTimeDays: figures.leadTimeDays,
    certifications: facts.certifications,
    enterpriseName: { zh: enterprise.nameZh, en: enterprise.nameEn },
    city: { zh: place.city.nameZh, en: place.city.nameEn },
    county: { zh: place.county.nameZh, en: place.county.nameEn },
    segment: shortSegmentName(facts.segment),
    ownSegment: shortSegmentName(requireEntry(index.segmentById, enterprise.segmentIds[0], 'segment')),
    servedProvinces: coverage.servedProvinceAdcodes.flatMap((adcode) => YRD_PROVINCES.get(adcode) ?? []),
    serviceRadiusKm: coverage.serviceRadiusKm,
  };
}

import type { Faker } from '@faker-js/faker';
import type { DemoEnterprise, DemoSegment, ListingKind } from '../demo-data.types.js';
import { requireEntry, type ReferenceIndex } from '../reference-index.js';
import { shortSegmentName, vocabularyFor } from '../vocabulary/segment-vocabulary.js';
import type { Product } from '../vocabulary/vocabulary.types.js';
import { drawFigures, type ListingFigures } from './listing-figures.js';
import { drawCertifications, pickTrade, type ListingCertifications, type ListingTrade } from './listing-market.js';
import { drawCoverage, pickListingPlace, YRD_PROVINCES, type ListingCoverage, type ListingPlace } from './listing-place.js';
import type { ListingTextContext } from './listing-text.types.js';

/** What a listing offers or asks for, before it is put into words. */
export interface ListingFacts {
  kind: ListingKind;
  /** The segment the listing is filed under. */
  segment: DemoSegment;
  /** The segment of the product (the filed one, or one feeding it). */
  productSegment: DemoSegment;
  product: Product;
  figures: ListingFigures;
  certifications: ListingCertifications;
  place: ListingPlace;
  coverage: ListingCoverage;
}

/** The facts of a listing; its trade drawn for the enterprise unless given (see anchorTrade). */
export function drawListingFacts(faker: Faker, index: ReferenceIndex, enterprise: DemoEnterprise, given?: ListingTrade): ListingFacts {
  const { kind, segment, productSegment } = given ?? pickTrade(faker, index, enterprise);
  const product = faker.helpers.arrayElement(vocabularyFor(productSegment).products);
  const place = pickListingPlace(faker, index, enterprise);
  return {
    kind,
    segment,
    productSegment,
    product,
    figures: drawFigures(faker, product, kind, enterprise.size),
    certifications: drawCertifications(faker, productSegment, kind),
    place,
    coverage: drawCoverage(faker, place.county.provinceAdcode),
  };
}

export function buildTextContext(index: ReferenceIndex, enterprise: DemoEnterprise, facts: ListingFacts): ListingTextContext {
  const { figures, place, coverage } = facts;
  // Spelled out rather than spread: a spread-built object is slower for the many template reads that follow.
  return {
    kind: facts.kind,
    product: facts.product,
    isService: facts.product.isService,
    unit: figures.unit,
    quantity: figures.quantity,
    basis: figures.basis,
    priceMinCny: figures.priceMinCny,
    priceMaxCny: figures.priceMaxCny,
    priceUnit: figures.priceUnit,
    leadTimeDays: figures.leadTimeDays,
    certifications: facts.certifications.certifications,
    mandatoryCertifications: facts.certifications.mandatoryCertifications,
    enterpriseName: { zh: enterprise.nameZh, en: enterprise.nameEn },
    city: { zh: place.city.nameZh, en: place.city.nameEn },
    county: { zh: place.county.nameZh, en: place.county.nameEn },
    segment: shortSegmentName(facts.productSegment),
    ownSegment: shortSegmentName(requireEntry(index.segmentById, enterprise.segmentIds[0], 'segment')),
    servedProvinces: coverage.servedProvinceAdcodes.flatMap((adcode) => YRD_PROVINCES.get(adcode) ?? []),
    serviceRadiusKm: coverage.serviceRadiusKm,
  };
}

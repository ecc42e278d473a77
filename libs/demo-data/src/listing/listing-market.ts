import type { Faker } from '@faker-js/faker';
import type { DemoEnterprise, DemoSegment, ListingKind } from '../demo-data.types.js';
import { requireEntry, type ReferenceIndex } from '../reference-index.js';
import { certificationsFor, isLicenceLike } from '../vocabulary/certifications.js';

const SUPPLY_SHARE = 0.55;
/** Buyers file most needs under the segment of what they buy; the rest under their own segment. */
const FILED_UNDER_PRODUCT_SHARE = 0.7;
/** How many certifications a buyer asks for: often none or one. */
const REQUIRED_CERTIFICATION_COUNT = [
  { weight: 30, value: 0 },
  { weight: 40, value: 1 },
  { weight: 25, value: 2 },
  { weight: 5, value: 3 },
];
/** Of the licences and sector quality systems a buyer asks for, how often it makes them a condition. */
const MANDATORY_SHARE = 0.6;

/** What a listing trades: an offer of the enterprise's own output, or a need for an input it genuinely buys. */
export interface ListingTrade {
  kind: ListingKind;
  /** The segment of the product offered or needed. */
  productSegment: DemoSegment;
  /** The segment the listing is filed under: the product's, or the buyer's own that it feeds. */
  segment: DemoSegment;
}

/**
 * Genuine buyers: an enterprise needs what feeds its own segments (across chains too), or — in an
 * end segment that feeds no other — what its own segment's makers produce (charging operators buy
 * chargers). One with nothing to buy in the taxonomy offers instead.
 */
export function pickTrade(faker: Faker, index: ReferenceIndex, enterprise: DemoEnterprise): ListingTrade {
  const own = enterprise.segmentIds.map((id) => requireEntry(index.segmentById, id, 'segment'));
  const inputs = [...new Set(own.flatMap((segment) => index.feedersOf.get(segment.id) ?? []))].filter((feeder) => !own.includes(feeder));
  const purchasable = [...inputs, ...own.filter((segment) => segment.feeds.length === 0)];
  if (faker.datatype.boolean(SUPPLY_SHARE) || purchasable.length === 0) {
    const segment = faker.helpers.arrayElement(own);
    return { kind: 'SUPPLY', productSegment: segment, segment };
  }
  const productSegment = faker.helpers.arrayElement(purchasable);
  const fedOwn = own.filter((segment) => productSegment.feeds.includes(segment.id));
  const filedUnderOwn = fedOwn.length > 0 && !faker.datatype.boolean(FILED_UNDER_PRODUCT_SHARE);
  return { kind: 'DEMAND', productSegment, segment: filedUnderOwn ? faker.helpers.arrayElement(fedOwn) : productSegment };
}

/**
 * The first listings are anchors, two per segment: an offer by one of its makers and a need filed
 * under it by a genuine buyer, so a small demo set has both for every segment. Null past the anchors
 * or when no enterprise can play the part.
 */
export function anchorTrade(
  faker: Faker, index: ReferenceIndex, enterprises: DemoEnterprise[], listingNumber: number,
): { enterprise: DemoEnterprise; trade: ListingTrade } | null {
  if (listingNumber >= index.segmentById.size * 2) return null;
  const segment = [...index.segmentById.values()][Math.floor(listingNumber / 2)];
  const offer = listingNumber % 2 === 0;
  const candidates = enterprises.filter((enterprise) => (offer ? enterprise.segmentIds.includes(segment.id) : buysFrom(enterprise, segment)));
  if (candidates.length === 0) return null;
  return { enterprise: faker.helpers.arrayElement(candidates), trade: { kind: offer ? 'SUPPLY' : 'DEMAND', productSegment: segment, segment } };
}

/** An enterprise not making `segment`'s products that uses them, or an end segment's own operator. */
function buysFrom(enterprise: DemoEnterprise, segment: DemoSegment): boolean {
  if (segment.feeds.length === 0) return enterprise.segmentIds.includes(segment.id);
  return !enterprise.segmentIds.includes(segment.id) && enterprise.segmentIds.some((id) => segment.feeds.includes(id));
}

export interface ListingCertifications {
  certifications: string[];
  mandatoryCertifications: string[];
}

/**
 * Supply listings show the certifications held (1-4) of the product's segment; demand listings ask
 * for 0-3, making licences and sector quality systems a condition more often than not.
 */
export function drawCertifications(faker: Faker, productSegment: DemoSegment, kind: ListingKind): ListingCertifications {
  const relevant = certificationsFor(productSegment.chainId, productSegment.id);
  if (kind === 'SUPPLY') {
    return { certifications: faker.helpers.arrayElements(relevant, Math.min(faker.number.int({ min: 1, max: 4 }), relevant.length)), mandatoryCertifications: [] };
  }
  const asked = faker.helpers.arrayElements(relevant, Math.min(faker.helpers.weightedArrayElement(REQUIRED_CERTIFICATION_COUNT), relevant.length));
  const mandatory = asked.filter((name) => isLicenceLike(name) && faker.datatype.boolean(MANDATORY_SHARE));
  return { certifications: asked.filter((name) => !mandatory.includes(name)), mandatoryCertifications: mandatory };
}

import type { Faker } from '@faker-js/faker';
import type { DemoEnterprise, DemoSegment, ListingKind } from '../demo-data.types.js';
import { requireEntry, type ReferenceIndex } from '../reference-index.js';
import { certificationsFor } from '../vocabulary/certifications.js';

/** Buyers mostly seek inputs from the segments feeding theirs; the rest buy within their own segment. */
const UPSTREAM_DEMAND_SHARE = 0.8;
/** How many certifications a buyer asks for: often none or one. */
const REQUIRED_CERTIFICATION_COUNT = [
  { weight: 30, value: 0 },
  { weight: 40, value: 1 },
  { weight: 25, value: 2 },
  { weight: 5, value: 3 },
];

export function pickListingSegment(
  faker: Faker,
  index: ReferenceIndex,
  enterprise: DemoEnterprise,
  kind: ListingKind,
): DemoSegment {
  const own = enterprise.segmentIds.map((id) => requireEntry(index.segmentById, id, 'segment'));
  // An integrated enterprise's own upstream segment counts as its own, not as a supplier's.
  const upstream = own.flatMap((segment) => index.feedersOf.get(segment.id) ?? []).filter((feeder) => !own.includes(feeder));
  const buysUpstream = kind === 'DEMAND' && upstream.length > 0 && faker.datatype.boolean(UPSTREAM_DEMAND_SHARE);
  return faker.helpers.arrayElement(buysUpstream ? upstream : own);
}

/** Supply listings show the certifications held (1-4), demand listings those required (0-3). */
export function drawCertifications(faker: Faker, segment: DemoSegment, kind: ListingKind): string[] {
  const relevant = certificationsFor(segment.chainId, segment.id);
  const count =
    kind === 'SUPPLY'
      ? faker.number.int({ min: 1, max: 4 })
      : faker.helpers.weightedArrayElement(REQUIRED_CERTIFICATION_COUNT);
  return faker.helpers.arrayElements(relevant, Math.min(count, relevant.length));
}

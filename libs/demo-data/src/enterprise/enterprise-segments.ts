import type { Faker } from '@faker-js/faker';
import type { DemoSegment, EnterpriseSize } from '../demo-data.types.js';
import { requireEntry, type ReferenceIndex } from '../reference-index.js';
import { chainWeightIn } from './city-economy.js';

/** Larger enterprises integrate more of their chain. */
const SEGMENT_COUNT_WEIGHTS: Record<EnterpriseSize, { weight: number; value: number }[]> = {
  MICRO: [{ weight: 75, value: 1 }, { weight: 22, value: 2 }, { weight: 3, value: 3 }],
  SMALL: [{ weight: 60, value: 1 }, { weight: 30, value: 2 }, { weight: 10, value: 3 }],
  MEDIUM: [{ weight: 40, value: 1 }, { weight: 40, value: 2 }, { weight: 20, value: 3 }],
  LARGE: [{ weight: 25, value: 1 }, { weight: 40, value: 2 }, { weight: 35, value: 3 }],
};

/**
 * 1-3 segments of one chain, each linked by a feed edge to another one when there are several; the
 * chain weighted by the city's economy, unless the first segment is given.
 */
export function pickSegments(faker: Faker, index: ReferenceIndex, cityAdcode: string, size: EnterpriseSize, firstSegmentId?: string): string[] {
  const first = firstSegmentId === undefined ? undefined : requireEntry(index.segmentById, firstSegmentId, 'segment');
  const chainId = first?.chainId ?? faker.helpers.weightedArrayElement(
    [...index.segmentsByChain.keys()].map((id) => ({ weight: chainWeightIn(cityAdcode, id), value: id })),
  );
  const chosen: DemoSegment[] = [first ?? faker.helpers.arrayElement(requireEntry(index.segmentsByChain, chainId, 'chain'))];
  const wanted = faker.helpers.weightedArrayElement(SEGMENT_COUNT_WEIGHTS[size]);
  while (chosen.length < wanted) {
    const adjacent = chosen
      .flatMap((segment) => index.neighboursOf.get(segment.id) ?? [])
      // Staff may draw edges across chains; an enterprise still stays within one.
      .filter((segment, i, all) => segment.chainId === chainId && !chosen.includes(segment) && all.indexOf(segment) === i);
    if (adjacent.length === 0) break;
    chosen.push(faker.helpers.arrayElement(adjacent));
  }
  return chosen.map((segment) => segment.id);
}

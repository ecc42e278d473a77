import type { DemoSegment } from '../demo-data.types.js';
import { AI_VOCABULARY } from './ai-vocabulary.js';
import { AIRCRAFT_VOCABULARY } from './aircraft-vocabulary.js';
import { BIOMED_VOCABULARY } from './biomed-vocabulary.js';
import { DISPLAY_VOCABULARY } from './display-vocabulary.js';
import { ECO_VOCABULARY } from './eco-vocabulary.js';
import { HEALTH_VOCABULARY } from './health-vocabulary.js';
import { IC_VOCABULARY } from './ic-vocabulary.js';
import { NEV_VOCABULARY } from './nev-vocabulary.js';
import { NEW_MATERIALS_VOCABULARY } from './new-materials-vocabulary.js';
import { ROBOTICS_VOCABULARY } from './robotics-vocabulary.js';
import { TEXTILE_VOCABULARY } from './textile-vocabulary.js';
import { term } from './vocabulary-builders.js';
import type { SegmentVocabulary, Term } from './vocabulary.types.js';

export const SEGMENT_VOCABULARY: ReadonlyMap<string, SegmentVocabulary> = new Map(
  Object.entries({
    ...IC_VOCABULARY,
    ...BIOMED_VOCABULARY,
    ...AI_VOCABULARY,
    ...NEV_VOCABULARY,
    ...DISPLAY_VOCABULARY,
    ...ROBOTICS_VOCABULARY,
    ...NEW_MATERIALS_VOCABULARY,
    ...ECO_VOCABULARY,
    ...AIRCRAFT_VOCABULARY,
    ...TEXTILE_VOCABULARY,
    ...HEALTH_VOCABULARY,
  }),
);

/** Longest product or segment term; keeps keywords within their limit and titles short. */
export const TERM_MAX_LENGTH = 40;

/**
 * The chain taxonomy is seed data that alliance staff extend in the product, so a segment may have
 * no hand-written vocabulary: it then trades under its own name, with no unit or price to invent.
 */
export function vocabularyFor(segment: DemoSegment): SegmentVocabulary {
  const known = SEGMENT_VOCABULARY.get(segment.id);
  if (known) return known;
  const name = shortSegmentName(segment);
  return { companyTerms: [term('科技', 'Technology')], products: [{ ...name, unit: null, priceCny: null, isService: false }] };
}

const shortNames = new WeakMap<DemoSegment, Term>();

/** The segment name without its parenthesised examples: 半导体材料（硅片、…） → 半导体材料. */
export function shortSegmentName(segment: DemoSegment): Term {
  let name = shortNames.get(segment);
  if (!name) {
    name = {
      zh: segment.nameZh.split(/[（(]/)[0].trim().slice(0, TERM_MAX_LENGTH),
      en: segment.nameEn.split(' (')[0].trim().slice(0, TERM_MAX_LENGTH),
    };
    shortNames.set(segment, name);
  }
  return name;
}

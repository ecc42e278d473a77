import type { UnitCode } from './units.js';

/** A bilingual term. English is written as it reads mid-sentence: acronyms kept, common nouns lower-case. */
export interface Term {
  zh: string;
  en: string;
}

/** Something an enterprise of a segment offers or buys. */
export interface Product extends Term {
  /** Null only for segments without hand-written vocabulary, where nothing is known to quote. */
  unit: UnitCode | null;
  /** Realistic unit price range in CNY. */
  priceCny: [number, number] | null;
  /** Services are worded differently: 提供/承接 rather than 供应, no samples, start rather than delivery. */
  isService: boolean;
}

export interface SegmentVocabulary {
  /** Industry words in enterprise names, e.g. 半导体材料 / Semiconductor Materials. */
  companyTerms: Term[];
  products: Product[];
}

export type ChainVocabulary = Record<string, SegmentVocabulary>;

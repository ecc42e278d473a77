import type { ListingKind } from '../demo-data.types.js';
import type { UnitLabel } from '../vocabulary/units.js';
import type { Term } from '../vocabulary/vocabulary.types.js';

export type TextLanguage = 'zh' | 'en' | 'bilingual';

/** Everything a title or description may mention; templates skip facts that are null or empty. */
export interface ListingTextContext {
  kind: ListingKind;
  product: Term;
  isService: boolean;
  /** Another product of the same segment, for "we also supply …" lines. */
  relatedProduct: Term | null;
  unit: UnitLabel | null;
  quantity: number | null;
  priceMinCny: number | null;
  priceMaxCny: number | null;
  leadTimeDays: number | null;
  certifications: string[];
  enterpriseName: Term;
  city: Term;
  county: Term;
  /** Short name of the listing's segment. */
  segment: Term;
  /** Short name of the enterprise's main segment: what a buyer makes. */
  ownSegment: Term;
  servedProvinces: Term[];
  serviceRadiusKm: number | null;
}

/** One sentence or title; undefined when the facts it needs are missing. */
export type TextTemplate = (context: ListingTextContext) => string | undefined;

/** Sentences of a description: one opening, some details, one closing. */
export interface SentencePool {
  openings: TextTemplate[];
  details: TextTemplate[];
  closings: TextTemplate[];
}

import type { ListingKind, QuantityBasis } from '../demo-data.types.js';
import type { UnitLabel } from '../vocabulary/units.js';
import type { Term } from '../vocabulary/vocabulary.types.js';

export type TextLanguage = 'zh' | 'en' | 'bilingual';

/** Everything a title or description may mention; templates skip facts that are null or empty. */
export interface ListingTextContext {
  kind: ListingKind;
  product: Term;
  isService: boolean;
  unit: UnitLabel | null;
  quantity: number | null;
  /** What the quantity is counted over; set exactly when the quantity is. */
  basis: QuantityBasis | null;
  priceMinCny: number | null;
  priceMaxCny: number | null;
  priceUnit: UnitLabel | null;
  leadTimeDays: number | null;
  /** SUPPLY: held; DEMAND: wanted. */
  certifications: string[];
  /** DEMAND: required of every supplier. */
  mandatoryCertifications: string[];
  enterpriseName: Term;
  city: Term;
  county: Term;
  /** Short name of the product's segment. */
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

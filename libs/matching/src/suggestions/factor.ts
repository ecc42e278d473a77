import type { Sentences } from './viewpoint.js';

/** The factors of a match score; their weights are configuration (MATCH_WEIGHTS). */
export const FACTOR_NAMES = [
  'TEXT_RELEVANCE', 'CHAIN_FIT', 'DISTANCE', 'QUANTITY_FIT', 'PRICE_OVERLAP', 'LEAD_TIME', 'CERTIFICATIONS', 'VERIFIED',
  'FRESHNESS', 'RESPONSIVENESS',
] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

/** A factor's own reading of a pair, before weighting. */
export interface FactorReading {
  /** In [0, 1]. */
  value: number;
  /**
   * A multiplier of the whole score in (0, 1], for what no weight can outweigh: an offer priced far
   * above the budget is worth less in proportion, however well it fits otherwise. 1 when unset.
   */
  scale?: number;
  /** Written on demand: most candidates are scored and dropped without ever being explained. */
  sentences: () => Sentences;
}

/** One row of a match's explanation, as stored and computed: sentences from each party's side. */
export interface FactorRow {
  factor: FactorName;
  /** The factor's own value in [0, 1]. */
  value: number;
  weight: number;
  /** value × weight / Σ weights × the score's scale: the share of the score this factor gave. */
  contribution: number;
  sentences: Sentences;
}

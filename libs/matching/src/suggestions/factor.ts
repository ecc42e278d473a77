/** The factors of a match score; their weights are configuration (MATCH_WEIGHTS). */
export const FACTOR_NAMES = [
  'TEXT_RELEVANCE', 'CHAIN_FIT', 'DISTANCE', 'QUANTITY_FIT', 'PRICE_OVERLAP', 'LEAD_TIME', 'CERTIFICATIONS', 'VERIFIED',
  'FRESHNESS', 'RESPONSIVENESS',
] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

/** One row of a match's explanation. */
export interface FactorRow {
  factor: FactorName;
  /** The factor's own value in [0, 1]. */
  value: number;
  weight: number;
  /** value × weight / Σ weights: the share of the score this factor gave. */
  contribution: number;
  sentenceZh: string;
  sentenceEn: string;
}

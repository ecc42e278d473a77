import type { FactorReading } from '../factor.js';
import type { Sentences } from '../viewpoint.js';

/** What a factor reads when one side leaves it open: neither a reason for nor against. */
export const NEUTRAL = 0.5;
export const DAY_MS = 86_400_000;

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** A reading; its sentences are written only for the pairs that are kept (see scorePair). */
export const reading = (value: number, sentences: () => Sentences, scale?: number): FactorReading =>
  (scale === undefined ? { value: clamp01(value), sentences } : { value: clamp01(value), sentences, scale });

/** 0.4 → "40%"; never "0%" for something there, never "100%" for something short. */
export function percent(share: number): string {
  const rounded = Math.round(share * 100);
  return `${share > 0 && rounded === 0 ? '<1' : share < 1 && rounded === 100 ? '99' : rounded}%`;
}

/** What the settings of the factors are (configuration, read at start). */
export interface FactorSettings {
  distanceHalfKm: number;
  freshnessHalfDays: number;
  /** Below this many offers able to supply a need, distance counts less (MATCH_SCARCE_SUPPLIERS). */
  scarceSuppliers: number;
  /** Below this product fit a candidate is not suggested (MATCH_MIN_PRODUCT_FIT). */
  minProductFit: number;
}

import { FACTOR_NAMES, type FactorRow } from './factor.js';
import { readFactors } from './factors/factor-registry.js';
import type { FactorSettings } from './factors/reading.js';
import type { PairContext } from './match-side.js';
import type { MatchWeights } from './match-weights.js';

export interface ScoredPair {
  score: number;
  /** The explanation rows, sentences written now: called only for the pairs that are kept. */
  explain(): FactorRow[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * The weighted mean of the factors, times any factor's scale (a price far above the budget), with
 * one explanation row per factor whose contributions add up to the score.
 */
export function scorePair(pair: PairContext, weights: MatchWeights, settings: FactorSettings): ScoredPair {
  const readings = readFactors(pair, settings);
  const total = FACTOR_NAMES.reduce((sum, name) => sum + weights[name], 0);
  const scale = FACTOR_NAMES.reduce((product, name) => product * (readings[name].scale ?? 1), 1);
  const contributions = FACTOR_NAMES.map((name) => round4((readings[name].value * weights[name] * scale) / total));
  return {
    score: round4(contributions.reduce((sum, contribution) => sum + contribution, 0)),
    explain: () => FACTOR_NAMES.map((factor, i) => ({
      factor, value: round4(readings[factor].value), weight: weights[factor], contribution: contributions[i], sentences: readings[factor].sentences(),
    })),
  };
}

import { FACTOR_NAMES, type FactorRow } from './factor.js';
import { readFactors } from './factors/factor-registry.js';
import type { FactorSettings } from './factors/reading.js';
import type { PairContext } from './match-side.js';
import type { MatchWeights } from './match-weights.js';

export interface ScoredPair {
  score: number;
  explanation: FactorRow[];
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
  const explanation = FACTOR_NAMES.map((factor) => ({
    factor,
    value: round4(readings[factor].value),
    weight: weights[factor],
    contribution: round4((readings[factor].value * weights[factor] * scale) / total),
    sentences: readings[factor].sentences,
  }));
  return { score: round4(explanation.reduce((sum, row) => sum + row.contribution, 0)), explanation };
}

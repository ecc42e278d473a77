import { FACTOR_NAMES, type FactorRow } from './factor.js';
import { readFactors, type FactorSettings } from './factors.js';
import type { MatchWeights } from './match-weights.js';
import type { PairContext } from './match-side.js';

export interface ScoredPair {
  score: number;
  explanation: FactorRow[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** The weighted mean of the factors, with one explanation row per factor (contributions add up to the score). */
export function scorePair(pair: PairContext, weights: MatchWeights, settings: FactorSettings): ScoredPair {
  const readings = readFactors(pair, settings);
  const total = FACTOR_NAMES.reduce((sum, name) => sum + weights[name], 0);
  const explanation = FACTOR_NAMES.map((factor) => ({
    factor,
    value: round4(readings[factor].value),
    weight: weights[factor],
    contribution: round4((readings[factor].value * weights[factor]) / total),
    sentenceZh: readings[factor].sentenceZh,
    sentenceEn: readings[factor].sentenceEn,
  }));
  return { score: round4(explanation.reduce((sum, row) => sum + row.contribution, 0)), explanation };
}

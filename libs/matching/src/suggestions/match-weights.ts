import { FACTOR_NAMES, type FactorName } from './factor.js';

export type MatchWeights = Record<FactorName, number>;

/**
 * The weights unless MATCH_WEIGHTS overrides some; they need not add up to 1 (scores are normalised).
 * Product fit leads: what is offered must be what is needed before where, how much or how fast.
 */
export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  TEXT_RELEVANCE: 0.35,
  CHAIN_FIT: 0.15,
  DISTANCE: 0.12,
  QUANTITY_FIT: 0.07,
  PRICE_OVERLAP: 0.07,
  LEAD_TIME: 0.04,
  CERTIFICATIONS: 0.08,
  VERIFIED: 0.04,
  FRESHNESS: 0.03,
  RESPONSIVENESS: 0.05,
};

export class InvalidMatchWeightsError extends Error {}

/** Reads MATCH_WEIGHTS (JSON: factor → non-negative weight), refusing unknown factors and bad numbers. */
export function parseMatchWeights(json: string | undefined): MatchWeights {
  if (!json) return DEFAULT_MATCH_WEIGHTS;
  let overrides: unknown;
  try {
    overrides = JSON.parse(json);
  } catch {
    throw new InvalidMatchWeightsError('MATCH_WEIGHTS must be a JSON object such as {"DISTANCE": 0.3}');
  }
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new InvalidMatchWeightsError('MATCH_WEIGHTS must be a JSON object such as {"DISTANCE": 0.3}');
  }
  for (const [name, weight] of Object.entries(overrides)) {
    if (!(FACTOR_NAMES as readonly string[]).includes(name)) throw new InvalidMatchWeightsError(`MATCH_WEIGHTS names no factor "${name}"; factors: ${FACTOR_NAMES.join(', ')}`);
    if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) throw new InvalidMatchWeightsError(`MATCH_WEIGHTS.${name} must be a number ≥ 0`);
  }
  const weights = { ...DEFAULT_MATCH_WEIGHTS, ...(overrides as Partial<MatchWeights>) };
  if (Object.values(weights).every((weight) => weight === 0)) throw new InvalidMatchWeightsError('MATCH_WEIGHTS cannot all be 0');
  return weights;
}

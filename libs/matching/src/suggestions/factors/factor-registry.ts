import type { FactorName, FactorReading } from '../factor.js';
import type { PairContext } from '../match-side.js';
import { certifications } from './certifications.factor.js';
import { chainFit } from './chain-fit.factor.js';
import { distance } from './distance.factor.js';
import { leadTime } from './lead-time.factor.js';
import { freshness, responsiveness, verified } from './party.factors.js';
import { priceFit } from './price-fit.factor.js';
import { quantityFit } from './quantity-fit.factor.js';
import type { FactorSettings } from './reading.js';
import { textRelevance } from './text-relevance.factor.js';

type Factor = (pair: PairContext, settings: FactorSettings) => FactorReading;

/**
 * Every factor by name: adding one is a name in FACTOR_NAMES, a default weight and an entry here
 * (phase B's product relevance plugs in the same way).
 */
const FACTORS: Record<FactorName, Factor> = {
  TEXT_RELEVANCE: textRelevance,
  CHAIN_FIT: chainFit,
  DISTANCE: distance,
  QUANTITY_FIT: quantityFit,
  PRICE_OVERLAP: priceFit,
  LEAD_TIME: leadTime,
  CERTIFICATIONS: certifications,
  VERIFIED: verified,
  FRESHNESS: freshness,
  RESPONSIVENESS: responsiveness,
};

/** Every factor's reading of a pair (one DEMAND, one SUPPLY), whichever side asked. */
export function readFactors(pair: PairContext, settings: FactorSettings): Record<FactorName, FactorReading> {
  return Object.fromEntries(Object.entries(FACTORS).map(([name, factor]) => [name, factor(pair, settings)])) as Record<FactorName, FactorReading>;
}

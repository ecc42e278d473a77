import { convertAmount, type Language } from '@chainmatch/units';
import type { FactorReading } from '../factor.js';
import type { PairContext, SidePrice } from '../match-side.js';
import { forBoth } from '../viewpoint.js';
import { pricePerUnit, priceRangeWords } from './amount-words.js';
import { NEUTRAL, percent, reading } from './reading.js';

/** The offer's lowest price per the budget's unit, or null when the two units measure different things. */
function offerPerBudgetUnit(offer: SidePrice, budget: SidePrice): number | null {
  const offerUnitsPerBudgetUnit = convertAmount(1, budget.unit, offer.unit);
  return offerUnitsPerBudgetUnit === null ? null : (offer.minCny ?? offer.maxCny)! * offerUnitsPerBudgetUnit;
}

function sentence(offer: SidePrice, budget: SidePrice, converted: number, ratio: number, language: Language): string {
  const offered = priceRangeWords(offer, language);
  const restated = offer.unit.code === budget.unit.code ? ''
    : language === 'zh' ? `（折合${pricePerUnit(converted, budget.unit, 'zh')}）` : ` (${pricePerUnit(converted, budget.unit, 'en')})`;
  const budgeted = priceRangeWords(budget, language);
  if (ratio <= 1) return language === 'zh' ? `报价${offered}${restated}在预算${budgeted}以内` : `The offer's ${offered}${restated} is within the budget of ${budgeted}`;
  const times = ratio.toFixed(1);
  return language === 'zh'
    ? `报价${offered}${restated}是预算${budgeted}的${times}倍，总分按比例降至${percent(1 / ratio)}`
    : `The offer's ${offered}${restated} is ${times}× the budget of ${budgeted}: the score is scaled to ${percent(1 / ratio)}`;
}

/**
 * The offer's lowest price against the buyer's highest budget, per the same unit. Above the budget
 * the value is budget ÷ price and the whole score is scaled by it too: twice the budget halves the
 * score, ten times leaves a tenth, whatever else fits.
 */
export function priceFit({ supply, demand }: PairContext): FactorReading {
  const offer = supply.price;
  const budget = demand.price;
  const budgetUpTo = budget && (budget.maxCny ?? budget.minCny)!;
  if (!offer || !budget || !budgetUpTo) return reading(NEUTRAL, () => forBoth('双方未都给出价格', 'Prices not given on both sides'));
  const converted = offerPerBudgetUnit(offer, budget);
  if (converted === null) {
    return reading(NEUTRAL, () => forBoth(`报价按${offer.unit.nameZh}计、预算按${budget.unit.nameZh}计，二者无法比较`,
      `The offer is priced per ${offer.unit.nameEnOne} and the budget per ${budget.unit.nameEnOne}: they cannot be compared`));
  }
  const ratio = converted / budgetUpTo;
  const sentences = () => forBoth(sentence(offer, budget, converted, ratio, 'zh'), sentence(offer, budget, converted, ratio, 'en'));
  return ratio <= 1 ? reading(1, sentences) : reading(1 / ratio, sentences, 1 / ratio);
}

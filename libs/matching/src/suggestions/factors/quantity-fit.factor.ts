import { QuantityBasis } from '@chainmatch/listings';
import { convertAmount, type Language } from '@chainmatch/units';
import type { FactorReading } from '../factor.js';
import type { PairContext, SideQuantity } from '../match-side.js';
import { forBoth } from '../viewpoint.js';
import { basisWords, quantityWords } from './amount-words.js';
import { NEUTRAL, percent, reading } from './reading.js';

const PER_YEAR: Partial<Record<QuantityBasis, number>> = {
  [QuantityBasis.PER_DAY]: 365, [QuantityBasis.PER_MONTH]: 12, [QuantityBasis.PER_YEAR]: 1,
};

/**
 * The offer's quantity in the need's unit and basis, or why it cannot be: different dimensions
 * (tonnes against square metres), or an offer per order against a need per period. A need per
 * order is compared with one month of a periodic offer.
 */
function inNeedTerms(offer: SideQuantity, need: SideQuantity): SideQuantity | 'UNITS' | 'BASIS' {
  const amount = convertAmount(offer.amount, offer.unit, need.unit);
  if (amount === null) return 'UNITS';
  const offerPerYear = PER_YEAR[offer.basis];
  const needPerYear = PER_YEAR[need.basis === QuantityBasis.PER_ORDER ? QuantityBasis.PER_MONTH : need.basis];
  if (offer.basis === need.basis) return { amount, unit: need.unit, basis: need.basis };
  if (offerPerYear === undefined || needPerYear === undefined) return 'BASIS';
  const basis = need.basis === QuantityBasis.PER_ORDER ? QuantityBasis.PER_MONTH : need.basis;
  return { amount: (amount * offerPerYear) / needPerYear, unit: need.unit, basis };
}

const sameTerms = (a: SideQuantity, b: SideQuantity) => a.unit.code === b.unit.code && a.basis === b.basis;

function coverage(offer: SideQuantity, converted: SideQuantity, need: SideQuantity, language: Language): string {
  const offered = quantityWords(offer, language);
  const restated = sameTerms(offer, converted) ? '' : language === 'zh' ? `（折合${quantityWords(converted, 'zh')}）` : ` (${quantityWords(converted, 'en')})`;
  const share = converted.amount / need.amount;
  const needed = quantityWords(need, language);
  if (language === 'zh') return share >= 1 ? `供给${offered}${restated}足以满足需求${needed}` : `供给${offered}${restated}可满足需求${needed}的${percent(share)}`;
  return share >= 1 ? `The offer's ${offered}${restated} covers the ${needed} needed` : `The offer's ${offered}${restated} covers ${percent(share)} of the ${needed} needed`;
}

/** Whether the offer's quantity covers the need, compared in the need's unit and basis only when they compare. */
export function quantityFit({ supply, demand }: PairContext): FactorReading {
  const offer = supply.quantity;
  const need = demand.quantity;
  if (!offer || !need) {
    return reading(NEUTRAL, () => (!need ? forBoth('需求未给出数量', 'The need states no quantity') : forBoth('供给未给出数量', 'The offer states no quantity')));
  }
  const converted = inNeedTerms(offer, need);
  if (converted === 'UNITS') {
    return reading(NEUTRAL, () => forBoth(`需求以${need.unit.nameZh}计、供给以${offer.unit.nameZh}计，二者无法比较`,
      `The need is counted in ${need.unit.nameEn} and the offer in ${offer.unit.nameEn}: they cannot be compared`));
  }
  if (converted === 'BASIS') {
    return reading(NEUTRAL, () => forBoth(`供给按${basisWords(offer.basis, 'zh')}计、需求按${basisWords(need.basis, 'zh')}计，二者无法比较`,
      `The offer states a quantity ${basisWords(offer.basis, 'en')} and the need one ${basisWords(need.basis, 'en')}: they cannot be compared`));
  }
  return reading(converted.amount / need.amount, () => forBoth(coverage(offer, converted, need, 'zh'), coverage(offer, converted, need, 'en')));
}

import { QuantityBasis } from '@chainmatch/listings';
import { formatNumber, formatQuantity, unitOne, type Language } from '@chainmatch/units';
import type { SidePrice, SideQuantity } from '../match-side.js';

const BASIS_WORDS: Record<QuantityBasis, Record<Language, string>> = {
  [QuantityBasis.PER_DAY]: { zh: '每日', en: 'a day' },
  [QuantityBasis.PER_MONTH]: { zh: '每月', en: 'a month' },
  [QuantityBasis.PER_YEAR]: { zh: '每年', en: 'a year' },
  [QuantityBasis.PER_ORDER]: { zh: '每单', en: 'per order' },
};

/** "每月3000片" / "3,000 wafers a month". */
export function quantityWords({ amount, unit, basis }: SideQuantity, language: Language): string {
  const quantity = formatQuantity(amount, unit, language);
  return language === 'zh' ? `${BASIS_WORDS[basis].zh}${quantity}` : `${quantity} ${BASIS_WORDS[basis].en}`;
}

export const basisWords = (basis: QuantityBasis, language: Language) => BASIS_WORDS[basis][language];

/** "¥600–800/片", "¥900/wafer"; one price per unit. */
export function pricePerUnit(price: number, unit: SidePrice['unit'], language: Language): string {
  return `¥${formatNumber(price, language)}/${unitOne(unit, language)}`;
}

/** A price range as written: "¥600–800/片", "¥600/片起" / "from ¥600/wafer", "至多¥900/片" / "up to ¥900/wafer". */
export function priceRangeWords({ minCny, maxCny, unit }: SidePrice, language: Language): string {
  const per = `/${unitOne(unit, language)}`;
  if (minCny !== null && maxCny !== null && minCny !== maxCny) {
    return `¥${formatNumber(minCny, language)}–${formatNumber(maxCny, language)}${per}`;
  }
  const one = pricePerUnit((minCny ?? maxCny)!, unit, language);
  if (minCny !== null && maxCny !== null) return one;
  if (language === 'zh') return minCny !== null ? `${one}起` : `至多${one}`;
  return minCny !== null ? `from ${one}` : `up to ${one}`;
}

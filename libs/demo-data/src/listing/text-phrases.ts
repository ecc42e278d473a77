import type { ListingTextContext } from './listing-text.types.js';
import { chineseQuantity, englishQuantity, formatChineseNumber, formatEnglishNumber } from './text-format.js';

/** Applies `write` when the fact is known, so a template states only what the listing says. */
export function withFact<T>(fact: T | null | undefined, write: (fact: T) => string): string | undefined {
  return fact === null || fact === undefined ? undefined : write(fact);
}

export function zhQuantity(c: ListingTextContext): string | undefined {
  return c.quantity === null || c.unit === null ? undefined : chineseQuantity(c.quantity, c.unit);
}

export function enQuantity(c: ListingTextContext): string | undefined {
  return c.quantity === null || c.unit === null ? undefined : englishQuantity(c.quantity, c.unit);
}

const ZH_PERIOD = { PER_DAY: '日', PER_MONTH: '月', PER_YEAR: '年' } as const;
const EN_PERIOD = { PER_DAY: 'day', PER_MONTH: 'month', PER_YEAR: 'year' } as const;

/** "月产能2万片" / "日处理200吨" for services; undefined for a quantity per order. */
export function zhCapacity(c: ListingTextContext): string | undefined {
  const q = zhQuantity(c);
  if (q === undefined || c.basis === null || c.basis === 'PER_ORDER') return undefined;
  return `${ZH_PERIOD[c.basis]}${c.isService ? '可承接' : '产能'}${q}`;
}

/** "年需求2万片", "月需求…", "本次采购…". */
export function zhNeed(c: ListingTextContext): string | undefined {
  const q = zhQuantity(c);
  if (q === undefined || c.basis === null) return undefined;
  return c.basis === 'PER_ORDER' ? `本次采购${q}` : `${ZH_PERIOD[c.basis]}需求${q}`;
}

/** "20,000 wafers a month", "3 aircraft in one order". */
export function enPerBasis(c: ListingTextContext): string | undefined {
  const q = enQuantity(c);
  if (q === undefined || c.basis === null) return undefined;
  return c.basis === 'PER_ORDER' ? `${q} in one order` : `${q} a ${EN_PERIOD[c.basis]}`;
}

/** "1.2万–1.5万元/台" */
export function zhPriceRange(c: ListingTextContext): string | undefined {
  if (c.priceMinCny === null || c.priceMaxCny === null || c.priceUnit === null) return undefined;
  return `${formatChineseNumber(c.priceMinCny)}–${formatChineseNumber(c.priceMaxCny)}元/${c.priceUnit.zh}`;
}

/** "CNY 12,000–15,000 per unit" */
export function enPriceRange(c: ListingTextContext): string | undefined {
  if (c.priceMinCny === null || c.priceMaxCny === null || c.priceUnit === null) return undefined;
  return `CNY ${formatEnglishNumber(c.priceMinCny)}–${formatEnglishNumber(c.priceMaxCny)} per ${c.priceUnit.enOne}`;
}

export function zhList(items: string[]): string | undefined {
  return items.length === 0 ? undefined : items.join('、');
}

/** "A", "A and B", "A, B and C" */
export function enList(items: string[]): string | undefined {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

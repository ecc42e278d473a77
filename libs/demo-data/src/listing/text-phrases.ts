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

/** "1.2万–1.5万元/台" */
export function zhPriceRange(c: ListingTextContext): string | undefined {
  if (c.priceMinCny === null || c.priceMaxCny === null || c.unit === null) return undefined;
  return `${formatChineseNumber(c.priceMinCny)}–${formatChineseNumber(c.priceMaxCny)}元/${c.unit.zh}`;
}

/** "CNY 12,000–15,000 per unit" */
export function enPriceRange(c: ListingTextContext): string | undefined {
  if (c.priceMinCny === null || c.priceMaxCny === null || c.unit === null) return undefined;
  return `CNY ${formatEnglishNumber(c.priceMinCny)}–${formatEnglishNumber(c.priceMaxCny)} per ${c.unit.enOne}`;
}

export function zhList(items: string[]): string | undefined {
  return items.length === 0 ? undefined : items.join('、');
}

/** "A", "A and B", "A, B and C" */
export function enList(items: string[]): string | undefined {
  if (items.length === 0) return undefined;
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

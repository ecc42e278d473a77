import type { UnitCode } from './units.js';
import type { Product, Term } from './vocabulary.types.js';

/** Terse constructors: the chain vocabularies are long hand-written tables. */
export const term = (zh: string, en: string): Term => ({ zh, en });

/** Goods: supplied from a production capacity, delivered after a lead time. */
export const product = (zh: string, en: string, unit: UnitCode, minCny: number, maxCny: number): Product => ({
  zh,
  en,
  unit,
  priceCny: [minCny, maxCny],
  isService: false,
});

/** Services (including contract manufacturing and licences): provided, taken on, started. */
export const service = (zh: string, en: string, unit: UnitCode, minCny: number, maxCny: number): Product => ({
  ...product(zh, en, unit, minCny, maxCny),
  isService: true,
});

/** Parses "汉字 pinyin|汉字 pinyin" lists (lines count as separators): compact enough to proof-read at a glance. */
export function termList(list: string): Term[] {
  return list
    .split(/[|\n]/)
    .map((pair) => pair.trim())
    .filter((pair) => pair.length > 0)
    .map((pair) => {
      const [zh, en] = pair.split(' ');
      return { zh, en };
    });
}

import type { UnitRecord } from './unit-catalogue.js';

export type Language = 'zh' | 'en';

const ZH = new Intl.NumberFormat('zh-CN', { notation: 'compact', maximumSignificantDigits: 4 });
const EN = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const SMALL = { zh: new Intl.NumberFormat('zh-CN', { maximumSignificantDigits: 3 }), en: new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }) };

/** A number as its readers write it: 3.6万 in Chinese, 36,000 in English; small ones to three figures. */
export function formatNumber(value: number, language: Language): string {
  if (Math.abs(value) < 1 && value !== 0) return SMALL[language].format(value);
  return language === 'zh' ? ZH.format(value) : EN.format(value);
}

const startsLatin = (name: string) => /^[A-Za-z]/.test(name);

/** "3.6万吨", "500 kWh"; "36,000 t", "1 wafer", "3,000 wafers". */
export function formatQuantity(amount: number, unit: UnitRecord, language: Language): string {
  const number = formatNumber(amount, language);
  if (language === 'zh') return `${number}${startsLatin(unit.nameZh) ? ' ' : ''}${unit.nameZh}`;
  return `${number} ${amount === 1 ? unit.nameEnOne : unit.nameEn}`;
}

/** The name after "per" or "/": 片 / wafer, 吨 / t. */
export function unitOne(unit: UnitRecord, language: Language): string {
  return language === 'zh' ? unit.nameZh : unit.nameEnOne;
}

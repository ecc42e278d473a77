import { format, type Language } from '../i18n/i18n';
import type { Messages } from '../i18n/zh';

const locale = (language: Language) => (language === 'zh' ? 'zh-CN' : 'en-GB');

export const formatNumber = (language: Language, value: number, digits = 2) =>
  new Intl.NumberFormat(locale(language), { maximumFractionDigits: digits }).format(value);

export const formatDate = (language: Language, iso: string) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium' }).format(new Date(iso));

export const formatDateTime = (language: Language, iso: string) =>
  new Intl.DateTimeFormat(locale(language), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** CNY with the currency the reader expects: ¥1,250,000.5 or CNY 1,250,000.5. */
export const formatCny = (t: Messages, language: Language, value: number) => format(t.common.cny, { n: formatNumber(language, value) });

/** A catalogue unit as the API names it: Chinese, English plural and English singular. */
interface UnitNames {
  nameZh: string;
  nameEn: string;
  nameEnOne: string;
}

/** The unit after a number: 吨; "t", "wafers" but "1 wafer". */
const unitAfter = (language: Language, amount: number, unit: UnitNames) => (language === 'zh' ? unit.nameZh : amount === 1 ? unit.nameEnOne : unit.nameEn);

/** A unit price range, either bound open, per the unit it states: "¥0.05 – ¥0.2/颗", "≥ CNY 0.05 per pc". */
export function formatPriceRange(
  t: Messages, language: Language, range: { minCny?: number | null; maxCny?: number | null; unit: UnitNames } | null | undefined,
) {
  if (!range || (range.minCny == null && range.maxCny == null)) return undefined;
  const cny = (value: number) => formatCny(t, language, value);
  const bounds = range.minCny != null && range.maxCny != null
    ? (range.minCny === range.maxCny ? cny(range.minCny) : `${cny(range.minCny)} – ${cny(range.maxCny)}`)
    : range.minCny != null ? `≥ ${cny(range.minCny)}` : `≤ ${cny(range.maxCny!)}`;
  return format(t.listing.perUnit, { price: bounds, unit: unitAfter(language, 1, range.unit) });
}

/** A quantity in its unit, over what it is counted: "300万 颗/月", "500,000 pcs per year", "20 t per order". */
export function formatQuantity(
  t: Messages, language: Language, quantity: { amount: number; unit: UnitNames; basis: keyof Messages['listing']['bases'] } | null | undefined,
) {
  if (!quantity) return undefined;
  const values = { amount: formatNumber(language, quantity.amount), unit: unitAfter(language, quantity.amount, quantity.unit) };
  return format(t.listing.bases[quantity.basis], values);
}

export const formatKm = (t: Messages, language: Language, km: number) => format(t.common.km, { n: formatNumber(language, km, km < 10 ? 1 : 0) });

/** A score in [0, 1] as a percentage. */
export const formatScore = (score: number) => `${Math.round(score * 100)}%`;

/** A share in [0, 1] as a percentage in the reader's conventions; a dash when there is none. */
export const formatPercent = (language: Language, share: number | null | undefined) =>
  share == null ? '–' : new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share);

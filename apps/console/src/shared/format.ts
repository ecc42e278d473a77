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

/** A unit price range, either bound open: "¥0.05 – ¥0.2", "≥ ¥0.05", "≤ ¥0.2". */
export function formatPriceRange(t: Messages, language: Language, range: { minCny?: number | null; maxCny?: number | null } | null | undefined) {
  if (!range || (range.minCny == null && range.maxCny == null)) return undefined;
  const cny = (value: number) => formatCny(t, language, value);
  if (range.minCny != null && range.maxCny != null) return range.minCny === range.maxCny ? cny(range.minCny) : `${cny(range.minCny)} – ${cny(range.maxCny)}`;
  return range.minCny != null ? `≥ ${cny(range.minCny)}` : `≤ ${cny(range.maxCny!)}`;
}

/** Supply states capacity per month, demand the volume needed. */
export function formatQuantity(t: Messages, language: Language, kind: 'SUPPLY' | 'DEMAND', quantity: { amount: number; unit: string } | null | undefined) {
  if (!quantity) return undefined;
  const values = { amount: formatNumber(language, quantity.amount), unit: quantity.unit };
  return format(kind === 'SUPPLY' ? t.listing.perMonth : t.listing.volume, values);
}

export const formatKm = (t: Messages, language: Language, km: number) => format(t.common.km, { n: formatNumber(language, km, km < 10 ? 1 : 0) });

/** A score in [0, 1] as a percentage. */
export const formatScore = (score: number) => `${Math.round(score * 100)}%`;

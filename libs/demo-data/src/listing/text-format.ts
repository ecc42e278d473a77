import type { UnitLabel } from '../vocabulary/units.js';

/** 50000 → "5万", 120000000 → "1.2亿": how Chinese listings write large counts. Values come pre-rounded. */
export function formatChineseNumber(value: number): string {
  if (value >= 1e8) return `${trimDecimals(value / 1e8)}亿`;
  if (value >= 1e4) return `${trimDecimals(value / 1e4)}万`;
  return String(value);
}

/** 50000 → "50,000"; a regular expression, as Intl formatting costs more than the rest of a listing. */
export function formatEnglishNumber(value: number): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function chineseQuantity(quantity: number, unit: UnitLabel): string {
  return `${formatChineseNumber(quantity)}${unit.zh}`;
}

export function englishQuantity(quantity: number, unit: UnitLabel): string {
  return `${formatEnglishNumber(quantity)} ${quantity === 1 ? unit.enOne : unit.en}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * "a robot", "an EV operating lease", "an IoT gateway": a vowel letter, or an acronym whose first
 * letter is spoken with a vowel sound (F = "eff", M = "em" ...), or a number read "eight…", "eleven", "eighteen".
 */
export function withIndefiniteArticle(phrase: string): string {
  const vowelSound = /^[aeiou]/i.test(phrase) || /^[AEFHILMNORSX][A-Z0-9]/.test(phrase) || /^(8|1[18](?!\d))/.test(phrase);
  return `${vowelSound ? 'an' : 'a'} ${phrase}`;
}

/** "Semiconductor materials" reads "semiconductor materials" mid-sentence; "IC design" keeps its acronym. */
export function midSentence(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Shortens text built from staff-edited names, marking the cut. */
export function clampText(text: string, maxLength: number): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}

/** Drops the float noise of a division (1.4300000000000002) and trailing zeros. */
function trimDecimals(value: number): string {
  return String(Number(value.toFixed(4)));
}

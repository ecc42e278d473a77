import { aliasKey } from '@chainmatch/units';

/** An amount in front of a unit: 50, 1.5, 50万, 万 (of 50万颗, cut 50 + 万颗). */
const AMOUNT_PREFIX = /^(?:\d+(?:\.\d+)?)?(?:万|千|百|亿|k)?/i;

/**
 * Whether a word is a quantity ("50万颗", "280", "12t", "万支") or a bare unit, given the unit
 * catalogue's alias keys: it says how much, never what, so it is no product term of a need.
 */
export function isQuantityOrUnit(word: string, unitKeys: ReadonlySet<string>): boolean {
  const rest = word.replace(AMOUNT_PREFIX, '');
  if (rest === '') return word !== '';
  // Analysed words come lower-cased and width-folded: the full alias key is needed only for the rest.
  return unitKeys.has(rest.toLowerCase()) || (/[\s\-_·・\u3300-\u33ff]/.test(rest) && unitKeys.has(aliasKey(rest)));
}

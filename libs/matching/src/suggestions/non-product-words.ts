import { aliasKey } from '@chainmatch/units';

/** An amount in front of a unit: 50, 1.5, 50万, 万 (of 50万颗, cut 50 + 万颗). */
const AMOUNT_PREFIX = /^(?:\d+(?:\.\d+)?)?(?:万|千|百|亿|k)?/i;
/** A lone letter or sign (μ of 6μm, a of "grade a"): part of a measure or a code, never a product. */
const LONE_SIGN = /^[^\p{Script=Han}]$/u;
/** What place names end with, dropped for their short forms (南通市 → 南通, 浦东新区 → 浦东). */
const PLACE_SUFFIX = /(?:省|市|新区|自治县|区|县)$/u;

/**
 * Whether a word is a quantity ("50万颗", "280", "12t", "万支") or a bare unit, given the unit
 * catalogue's alias keys: it says how much, never what.
 */
export function isQuantityOrUnit(word: string, unitKeys: ReadonlySet<string>): boolean {
  const rest = word.replace(AMOUNT_PREFIX, '');
  if (rest === '') return word !== '';
  // Analysed words come lower-cased and width-folded: the full alias key is needed only for the rest.
  return unitKeys.has(rest.toLowerCase()) || (/[\s\-_·・\u3300-\u33ff]/.test(rest) && unitKeys.has(aliasKey(rest)));
}

/** The words that name places of the region: full and short Chinese names, and the pinyin names, as analysed words. */
export function placeWords(places: readonly { nameZh: string; nameEn: string }[]): Set<string> {
  const words = new Set<string>();
  for (const { nameZh, nameEn } of places) {
    words.add(nameZh);
    const short = nameZh.replace(PLACE_SUFFIX, '');
    if (short.length >= 2) words.add(short);
    if (/^[a-z]+$/i.test(nameEn)) words.add(nameEn.toLowerCase());
  }
  return words;
}

/**
 * Words of a listing that say how much or where, never what: no product term of a need is made of
 * them alone ("每月200吨" is no product; nor is the 南通市 of "南通市企业求购…").
 */
export class NonProductWords {
  constructor(
    private readonly unitKeys: ReadonlySet<string>,
    private readonly places: ReadonlySet<string>,
  ) {}

  has(word: string): boolean {
    return LONE_SIGN.test(word) || this.places.has(word) || isQuantityOrUnit(word, this.unitKeys);
  }
}

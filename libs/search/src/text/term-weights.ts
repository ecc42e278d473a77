import { GENERIC_TERMS, type Lexicon, type TermGroup } from '@chainmatch/lexicon';
import { BoundedCache } from './bounded-cache.js';

/** Numbers and amounts (300, 5万, 20kg, 8英寸): they say how much, not what. */
const AMOUNT = /^[\d.,]+(万|千|亿|百)?\p{L}{0,3}$/u;
const HAN = /\p{Script=Han}/u;

export const WEIGHT = {
  /** A lexicon product, material or piece of equipment; services weigh less, narrower groups more. */
  product: 3,
  service: 2,
  perDepth: 0.5,
  /** A word the lexicon does not know: a longer one says more. */
  unknownLong: 1.8,
  unknownShort: 1.2,
  /** 材料, 服务, 设备, supply …: every listing of a kind says them. */
  generic: 0.3,
  amount: 0.2,
} as const;

/**
 * How much a query term says about what is wanted: rare product terms (the lexicon's, more for
 * narrower ones) far above generic words and amounts. Used to rank (a match on 磷酸铁锂 counts ten
 * times one on 材料) and to choose which terms to drop first when strict matching finds too little.
 */
export function termWeight(tokens: readonly string[], groups: readonly TermGroup[], lexicon: Lexicon): number {
  if (groups.length > 0) {
    const base = groups.some((group) => group.type !== 'SERVICE') ? WEIGHT.product : WEIGHT.service;
    const depth = Math.max(...groups.map((group) => lexicon.ancestorsOf(group.id).length));
    return base + WEIGHT.perDepth * Math.min(depth, 2);
  }
  return wordsWeight(tokens);
}

/** The weight of words that name no lexicon group. */
function wordsWeight(tokens: readonly string[]): number {
  if (tokens.every((token) => AMOUNT.test(token))) return WEIGHT.amount;
  if (tokens.every((token) => GENERIC_TERMS.has(token))) return WEIGHT.generic;
  const length = tokens.join('').length;
  return (HAN.test(tokens[0]) ? length >= 3 : length >= 4) ? WEIGHT.unknownLong : WEIGHT.unknownShort;
}

/** Whether a term names something (a product, a material …) rather than how much or what kind of deal. */
export function isProductTerm(weight: number): boolean {
  return weight > WEIGHT.generic;
}

/** Whether one word, read as naming no lexicon group, names something; worked out once per word: a listing's fields ask it of every word. */
export function isProductWord(token: string): boolean {
  return productWords.get(token, productWord);
}

const productWord = (token: string) => isProductTerm(wordsWeight([token]));
const productWords = new BoundedCache<string, boolean>(200_000);

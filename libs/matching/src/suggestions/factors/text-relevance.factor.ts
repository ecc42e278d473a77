import type { Language } from '@chainmatch/units';
import type { FactorReading } from '../factor.js';
import type { PairContext } from '../match-side.js';
import type { NeedTerm } from '../product-fit.js';
import { forBoth } from '../viewpoint.js';
import { NEUTRAL, reading } from './reading.js';

const NAMED_TERMS = 4;

/**
 * Matched products as a reader of `language` names them: the lexicon's name in their language (a
 * Chinese term with an English name is named in English), each once; "…" when some are left out,
 * or have no name in the reader's language.
 */
export function termNames(terms: readonly NeedTerm[], language: Language): string {
  const names = terms.map((term) => term.names[language]);
  const unique = [...new Set(names.filter((name) => name !== undefined))];
  const cut = unique.length > NAMED_TERMS || names.includes(undefined);
  return unique.length === 0 ? (cut ? '…' : '') : unique.slice(0, NAMED_TERMS).join(language === 'zh' ? '、' : ', ') + (cut ? '…' : '');
}

/**
 * Product fit: the weighted share of the products the need names that the offer names too, title
 * above keywords above description, an offer listing many products counting each for less (see
 * productFit). Below MATCH_MIN_PRODUCT_FIT the pair is not suggested at all.
 */
export function textRelevance({ productFit }: PairContext): FactorReading {
  const { value, matched, termCount, breadth, breadthScale } = productFit;
  if (value === null) return reading(NEUTRAL, () => forBoth('需求没有写明可比较的产品', 'The need names no product to compare'));
  return reading(value, () => {
    const [zh, en] = [termNames(matched, 'zh'), termNames(matched, 'en')];
    const broad = breadthScale < 1;
    return forBoth(
      (matched.length === 0 ? '供给未写明需求的任何产品' : `供给写明了需求的${matched.length}/${termCount}个产品：${zh}`)
        + (broad ? `；供给同时列出${breadth}种产品，各自分量降低` : ''),
      (matched.length === 0 ? 'The offer names none of the products needed' : `The offer names ${matched.length} of the ${termCount} products needed: ${en}`)
        + (broad ? `; it lists ${breadth} products at once, so each counts for less` : ''),
    );
  });
}

import type { Language } from '@chainmatch/units';
import type { FactorReading } from '../factor.js';
import type { PairContext } from '../match-side.js';
import { forBoth } from '../viewpoint.js';
import { NEUTRAL, reading } from './reading.js';

const NAMED_TERMS = 4;
const LATIN = /^[\x20-\x7e]+$/;
const HAN = /\p{Script=Han}/u;

/**
 * The matched terms as a reader of `language` names them: each once, in their language (a Chinese
 * term with no English alternative is not named in English), "…" when some are left out.
 */
export function termNames(terms: string[][][], language: Language): string {
  const names = terms.map((alternatives) => {
    const words = alternatives.map((phrase) => phrase.join(language === 'zh' ? '' : ' '));
    return language === 'zh' ? words.find((w) => HAN.test(w)) ?? words[0] : words.find((w) => LATIN.test(w));
  });
  const unique = [...new Set(names.filter((name) => name !== undefined))];
  const cut = unique.length > NAMED_TERMS || names.includes(undefined);
  return unique.length === 0 ? '' : unique.slice(0, NAMED_TERMS).join(language === 'zh' ? '、' : ', ') + (cut ? '…' : '');
}

/** Share of the need's product terms (title and keywords, synonyms folded, stop words out) the offer's text contains. */
export function textRelevance({ demandTerms, supply }: PairContext): FactorReading {
  if (demandTerms.length === 0) return reading(NEUTRAL, () => forBoth('需求没有可比较的产品词', 'The need names no product terms to compare'));
  const found = demandTerms.filter((alternatives) => alternatives.some((phrase) => phrase.every((word) => supply.tokens.has(word))));
  const [zh, en] = [termNames(found, 'zh'), termNames(found, 'en')];
  return reading(found.length / demandTerms.length, () => forBoth(
    `需求产品词命中${found.length}/${demandTerms.length}${zh ? `（${zh}）` : ''}`,
    `The offer mentions ${found.length} of the need's ${demandTerms.length} product terms${en ? ` (${en})` : ''}`,
  ));
}

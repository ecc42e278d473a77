import { GENERIC_TERMS, type Lexicon } from '@chainmatch/lexicon';
/** Frequency given to domain words: high enough that jieba keeps them whole over any split. */
const DOMAIN_WORD_FREQUENCY = 2_000_000;
const PURE_CHINESE = /^\p{Script=Han}{2,16}$/u;

/** Whether the domain dictionary takes `word` (and jieba therefore keeps it whole). */
export const isDictionaryWord = (word: string) => PURE_CHINESE.test(word);
/** Separators inside taxonomy names: brackets, enumeration commas, slashes, and the conjunctions 与 / 及. */
const NAME_SEPARATORS = /[（）()、，,；;：:\s/与及]+/u;

export interface NamedTerm {
  nameZh: string;
}

/**
 * The Chinese words of the chain taxonomy ("半导体材料（硅片、光刻胶、电子特气、靶材等）" gives 半导体材料,
 * 硅片, 光刻胶, 电子特气, 靶材) plus extra words such as the synonyms, so that jieba keeps terms like
 * 集成电路 and 封装测试 whole instead of cutting them into everyday words.
 */
export function domainWords(names: readonly NamedTerm[], extraWords: readonly string[] = []): string[] {
  const fromNames = names.flatMap((name) => name.nameZh.split(NAME_SEPARATORS)).map((part) => part.replace(/等$/u, ''));
  return [...new Set([...fromNames, ...extraWords].filter(isDictionaryWord))].sort();
}

/**
 * The segmenter's dictionary: the taxonomy's words, every Chinese lexicon term and the generic words,
 * so that a trade word keeps its characters from a product name (求购车规级 is 求购 + …, not 求 + 购车 + …).
 */
export function analysisDictionary(names: readonly NamedTerm[], lexicon: Lexicon): string[] {
  return domainWords(names, [...lexicon.chineseTerms(), ...GENERIC_TERMS]);
}

/** The words in jieba's dictionary format, one `word frequency` a line. */
export function jiebaDictionary(words: readonly string[]): Buffer {
  return Buffer.from(words.map((word) => `${word} ${DOMAIN_WORD_FREQUENCY}`).join('\n'));
}

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { jiebaDictionary } from './domain-dictionary.js';
import { normalizeToken } from './token-normalizer.js';

/** A token of the original text with where it sits, so matches can be highlighted in place. */
export interface TextPiece {
  text: string;
  start: number;
  /** The normalised token, undefined for whitespace, punctuation and stop words. */
  token?: string;
}

const SHORT_TEXT = 80;

/**
 * No HMM guessing of unknown words: it cuts the same characters differently in different contexts
 * (键合丝 alone is one word, in 导入的键合丝 it is 键 + 合丝), so a query would miss listings. Without
 * it an unknown word falls apart into single characters the same way everywhere; see withBigrams.
 */
const HMM = false;
const SINGLE_HAN = /^\p{Script=Han}$/u;

/**
 * Runs of single Chinese characters (an unknown word cut apart) as their character pairs: 键 合 丝
 * gives 键合, 合丝. Listings keep the single characters too; a query uses the pairs alone, so
 * 键合丝 finds 键合丝 and not every text that has 键, 合 and 丝 somewhere.
 */
function withBigrams(words: string[], keepSingles: boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let end = i;
    while (end < words.length && SINGLE_HAN.test(words[end])) end += 1;
    if (end - i >= 2) {
      if (keepSingles) out.push(...words.slice(i, end));
      for (let k = i; k < end - 1; k++) out.push(words[k] + words[k + 1]);
      i = end;
    } else {
      out.push(words[i]);
      i += 1;
    }
  }
  return out;
}

/** Full-width ＡＢＣ１２ and other compatibility forms as their plain letters, before jieba sees them (it cuts ＱＦＮ into Ｑ, Ｆ, Ｎ). */
const widthFolded = (text: string) => text.normalize('NFKC');
const CACHE_SIZE = 20_000;
const LONG_HAN_WORD = /^\p{Script=Han}{3,}$/u;

/**
 * Chinese and English text into search tokens, the same way for listings and for queries:
 * jieba segmentation (with the domain dictionary) and token normalisation.
 * Listings also index the dictionary words inside long words (集成电路 also gives 集成, 电路), so a
 * query for a part finds the whole; queries are cut precisely.
 */
export class TextAnalyzer {
  private readonly jieba: Jieba;
  /** Names and keywords repeat across listings (enterprise names, keywords): analyse each once. */
  private readonly shortTexts = new Map<string, string[]>();
  /** The dictionary words inside a long word, which repeat across all listings. */
  private readonly subWords = new Map<string, string[]>();

  constructor(domainWords: readonly string[]) {
    // Parsing the base dictionary takes ~200 ms: one analyzer serves the whole process.
    this.jieba = Jieba.withDict(dict);
    if (domainWords.length > 0) this.jieba.loadDict(jiebaDictionary(domainWords));
  }

  /** Tokens to index, in order, with the dictionary words inside long words (before each long word). */
  indexTokens(text: string): string[] {
    const cached = this.shortTexts.get(text);
    if (cached) return cached;
    const precise = this.jieba.cut(widthFolded(text), HMM);
    const expanded = precise.flatMap((word) => (LONG_HAN_WORD.test(word) ? [...this.subWordsOf(word), word] : [word]));
    const tokens = this.normalized(withBigrams(expanded, true));
    if (text.length <= SHORT_TEXT) {
      if (this.shortTexts.size >= CACHE_SIZE) this.shortTexts.clear();
      this.shortTexts.set(text, tokens);
    }
    return tokens;
  }

  /** Offsets of Chinese characters that jieba leaves on their own: no word it knows holds them. */
  looseCharacters(text: string): Set<number> {
    const loose = new Set<number>();
    let at = 0;
    for (const word of this.jieba.cut(text, HMM)) {
      if (SINGLE_HAN.test(word)) loose.add(at);
      at += word.length;
    }
    return loose;
  }

  /** Whether jieba knows `text` as one word (its dictionary or the domain's). */
  isWord(text: string): boolean {
    return this.jieba.cut(text, HMM).length === 1;
  }

  /** Tokens of a query, in order, whole words only. */
  queryTokens(text: string): string[] {
    return this.normalized(withBigrams(this.jieba.cut(widthFolded(text), HMM), false));
  }

  /** The text cut precisely into pieces covering all of it, each with its offset (in `text`) and token. */
  pieces(text: string): TextPiece[] {
    const pieces: TextPiece[] = [];
    const folded = widthFolded(text);
    // Offsets must stay those of `text`: cut the folded text only when folding kept every length.
    const cuttable = folded.length === text.length ? folded : text;
    let start = 0;
    for (const word of this.jieba.cut(cuttable, HMM)) {
      const at = cuttable.indexOf(word, start);
      if (at < 0) continue;
      pieces.push({ text: text.slice(at, at + word.length), start: at, token: normalizeToken(word) });
      start = at + word.length;
    }
    return pieces;
  }

  /** What jieba's search mode finds inside a long word (集成电路 → 集成, 电路), cached per word. */
  private subWordsOf(word: string): string[] {
    let found = this.subWords.get(word);
    if (!found) {
      if (this.subWords.size >= CACHE_SIZE) this.subWords.clear();
      found = this.jieba.cutForSearch(word, HMM).filter((part) => part !== word && part.length > 1);
      this.subWords.set(word, found);
    }
    return found;
  }

  private normalized(words: string[]): string[] {
    return words.map(normalizeToken).filter((token): token is string => token !== undefined);
  }
}

import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { BoundedCache } from './bounded-cache.js';
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
 * it an unknown word falls apart into single characters the same way everywhere; see tokensOf.
 */
const HMM = false;
const SINGLE_HAN = /^\p{Script=Han}$/u;

/** A lone Chinese character (one code point, so at most two UTF-16 units: longer words skip the test). */
const isSingleHan = (word: string) => word.length <= 2 && SINGLE_HAN.test(word);

/**
 * Words as normalised tokens, with runs of single Chinese characters (an unknown word cut apart) as
 * their character pairs: 键 合 丝 gives 键合, 合丝. Listings keep the single characters too; a query
 * uses the pairs alone, so 键合丝 finds 键合丝 and not every text that has 键, 合 and 丝 somewhere.
 */
function tokensOf(words: readonly string[], keepSingles: boolean): string[] {
  const tokens: string[] = [];
  const add = (word: string) => {
    const token = normalizeToken(word);
    if (token !== undefined) tokens.push(token);
  };
  for (let i = 0; i < words.length; ) {
    let end = i;
    while (end < words.length && isSingleHan(words[end])) end += 1;
    if (end - i >= 2) {
      if (keepSingles) for (let k = i; k < end; k++) add(words[k]);
      for (let k = i; k < end - 1; k++) add(words[k] + words[k + 1]);
      i = end;
    } else {
      add(words[i]);
      i += 1;
    }
  }
  return tokens;
}

/** Full-width ＡＢＣ１２ and other compatibility forms as their plain letters, before jieba sees them (it cuts ＱＦＮ into Ｑ, Ｆ, Ｎ). */
const widthFolded = (text: string) => text.normalize('NFKC');
const CACHE_SIZE = 20_000;
/**
 * Long texts (descriptions) seldom repeat whole, but their sentences do (a firm's introduction, how
 * to get in touch), and a rebuild reads each text twice, index-cut for the search tables and
 * precisely for the scoring terms, each time over a batch (2 000 listings, on one thread:
 * AnalysisThreads): about two batches' sentences are kept, so that emptying the full cache seldom
 * drops a sentence between its two reads.
 */
const RECENT_SENTENCES = 40_000;
/** Long texts' sentences, for the second read: two batches' worth (see RECENT_SENTENCES). */
const RECENT_LONG_TEXTS = 4_000;
/**
 * After a sentence or clause mark, a newline. jieba cuts its blocks of word characters apart at
 * these (none is a word character to it, see jieba-rs's RE_HAN_DEFAULT) and makes each a word of
 * its own, so a text cut sentence by sentence gives the words of the whole, and its tokens (a mark
 * also ends a run of single characters, see tokensOf).
 */
const SENTENCE_END = /(?<=[。,;!?\n])/u;
const LONG_HAN_WORD = /^\p{Script=Han}{3,}$/u;

/** A text cut once by jieba, read both ways: its index tokens and its precise (query) tokens, each worked out when first asked for. */
interface CutText {
  words: string[];
  index?: string[];
  precise?: string[];
}

/**
 * Chinese and English text into search tokens, the same way for listings and for queries:
 * jieba segmentation (with the domain dictionary) and token normalisation.
 * Listings also index the dictionary words inside long words (集成电路 also gives 集成, 电路), so a
 * query for a part finds the whole; queries are cut precisely.
 */
export class TextAnalyzer {
  private readonly jieba: Jieba;
  /** Names, keywords and title clauses repeat across listings: cut each once. */
  private readonly shortTexts = new BoundedCache<string, CutText>(CACHE_SIZE);
  private readonly sentences = new BoundedCache<string, CutText>(RECENT_SENTENCES);
  private readonly longTexts = new BoundedCache<string, CutText[]>(RECENT_LONG_TEXTS);
  /** The dictionary words inside a long word, which repeat across all listings. */
  private readonly subWords = new BoundedCache<string, string[]>(CACHE_SIZE);

  constructor(domainWords: readonly string[]) {
    // Parsing the base dictionary takes ~200 ms: one analyzer serves the whole process.
    this.jieba = Jieba.withDict(dict);
    if (domainWords.length > 0) this.jieba.loadDict(jiebaDictionary(domainWords));
  }

  /** Tokens to index, in order, with the dictionary words inside long words (before each long word). */
  indexTokens(text: string): string[] {
    return this.read(text, (cut) => (cut.index ??= tokensOf(this.withSubWords(cut.words), true)));
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
    return this.read(text, (cut) => (cut.precise ??= tokensOf(cut.words, false)));
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

  /**
   * A reading of the text's jieba cut, the cut made once for both readings while the text is among
   * the cached ones; a long text's read sentence by sentence (see SENTENCE_END), the same tokens.
   */
  private read(text: string, reading: (cut: CutText) => string[]): string[] {
    if (text.length <= SHORT_TEXT) return reading(this.shortTexts.get(text, this.cut));
    // One array of the right length: pushing sentence by sentence grew (copied) it several times.
    return ([] as string[]).concat(...this.longTexts.get(text, this.sentencesOf).map(reading));
  }

  private readonly cut = (text: string): CutText => ({ words: this.jieba.cut(widthFolded(text), HMM) });
  private readonly sentencesOf = (text: string): CutText[] => widthFolded(text).split(SENTENCE_END).map((sentence) => this.sentences.get(sentence, this.cut));

  /** What jieba's search mode finds inside a long word (集成电路 → 集成, 电路), cached per word. */
  private subWordsOf(word: string): string[] {
    return this.subWords.get(word, () => this.jieba.cutForSearch(word, HMM).filter((part) => part !== word && part.length > 1));
  }

  /** The words with the dictionary words inside each long one before it. */
  private withSubWords(words: readonly string[]): string[] {
    const expanded: string[] = [];
    for (const word of words) {
      if (word.length >= 3 && LONG_HAN_WORD.test(word)) expanded.push(...this.subWordsOf(word));
      expanded.push(word);
    }
    return expanded;
  }
}

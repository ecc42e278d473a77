import { BoundedCache } from './bounded-cache.js';

/** Words too common to carry meaning in a listing search, in either language. */
const STOP_WORDS = new Set([
  '的', '了', '和', '与', '及', '或', '等', '在', '是', '为', '对', '可', '将', '有', '我', '我司', '贵司', '并', '也', '于', '其',
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'our', 'the', 'to', 'we', 'with',
]);

const LATIN_WORD = /^[a-z]+$/;
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const CJK = /\p{Script=Han}/u;
/** tsvector lexemes may be long, but a "word" this long is noise (a URL, a serial number). */
const MAX_TOKEN_LENGTH = 48;

/**
 * One token as both index and query see it: width-folded (NFKC turns full-width ＡＢＣ１２ into
 * ABC12), lower case, edge punctuation removed, English plurals reduced ("batteries" → "battery",
 * "chips" → "chip"). Returns undefined for whitespace, punctuation and stop words.
 */
export function normalizeToken(raw: string): string | undefined {
  const token = normalized.get(raw, normalizedOrNone);
  return token === NO_TOKEN ? undefined : token;
}

/** What the cache holds for a word that is no token (punctuation, stop words): the cache answers it too, in one lookup. */
const NO_TOKEN = '';
const normalizedOrNone = (raw: string) => normalizeUncached(raw) ?? NO_TOKEN;
/** Words repeat across listings far more than they vary: each is normalised once (Unicode folding and the regular expressions cost microseconds). */
const normalized = new BoundedCache<string, string>(200_000);

function normalizeUncached(raw: string): string | undefined {
  const folded = raw.normalize('NFKC').replace(EDGE_PUNCTUATION, '');
  // An abbreviation's plural is marked by its case, whatever its length: ICs, PCBs (but "gas" stays).
  if (ACRONYM_PLURAL.test(folded)) return folded.slice(0, -1).toLowerCase();
  const token = folded.toLowerCase();
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH || !HAS_WORD_CHARACTER.test(token) || STOP_WORDS.has(token)) return undefined;
  return LATIN_WORD.test(token) ? singular(token) : token;
}

const ACRONYM_PLURAL = /^[A-Z]{2,8}s$/;

/** A light, symmetric stemmer: only plural endings, which is what separates most query and listing words. */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

export const isChineseToken = (token: string) => CJK.test(token);

/** Typo tolerance applies from this length on (Latin letters; Chinese words are too short for it to help). */
export const TYPO_MIN_LENGTH = 5;

export function isTypoCandidate(token: string): boolean {
  return token.length >= TYPO_MIN_LENGTH && LATIN_WORD.test(token);
}

import type { PinyinCorrection } from './pinyin-corrector.js';

const LATIN_WORD = /[a-z]{5,}/giu;

/** Edits allowed: one from 5 letters, two from 9 (as Meilisearch's defaults). */
const allowedEdits = (length: number) => (length >= 9 ? 2 : 1);

/** Levenshtein distance with adjacent transpositions, giving up beyond `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], rows[i - 2][j - 2] + 1);
    }
    if (Math.min(...row) > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length][b.length];
}

/**
 * English typo tolerance against the lexicon's own words: a word of five letters or more that no
 * lexicon term uses, one or two edits from exactly one lexicon word that does (photoresit →
 * photoresist, harmonc → harmonic), is read as that word — so the lexicon phrase it belongs to
 * ("harmonic reducer") and its synonyms in both languages apply. Engines add their own tolerance
 * for words of the listings' text.
 */
export class LatinCorrector {
  private readonly words: Set<string>;
  private readonly byLength = new Map<number, string[]>();

  constructor(lexiconWords: Iterable<string>) {
    this.words = new Set([...lexiconWords].filter((word) => /^[a-z]+$/u.test(word)));
    for (const word of this.words) if (word.length >= 5) this.byLength.set(word.length, [...(this.byLength.get(word.length) ?? []), word]);
  }

  correct(text: string): PinyinCorrection[] {
    const found: PinyinCorrection[] = [];
    for (const match of text.matchAll(LATIN_WORD)) {
      const typed = match[0].toLowerCase();
      if (this.words.has(typed) || this.words.has(typed.replace(/s$/u, ''))) continue;
      const word = this.closest(typed);
      if (word) found.push({ start: match.index, typed: match[0], word });
    }
    return found;
  }

  private closest(typed: string): string | undefined {
    const limit = allowedEdits(typed.length);
    const candidates: string[] = [];
    for (let length = typed.length - limit; length <= typed.length + limit; length += 1) {
      for (const word of this.byLength.get(length) ?? []) if (distance(typed, word, limit) <= limit) candidates.push(word);
    }
    return candidates.length === 1 ? candidates[0] : undefined;
  }
}

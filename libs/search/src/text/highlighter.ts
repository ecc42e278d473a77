import type { TextRange } from '../engine/search-engine.port.js';
import type { TextAnalyzer } from './text-analyzer.js';
import { isChineseToken, normalizeToken } from './token-normalizer.js';

export interface MarkedText {
  text: string;
  ranges: TextRange[];
}

/** Characters kept before the first match when long text is cropped. */
const LEAD_IN = 24;
/** A word around a match: letters and digits (not Han characters, which form no words by spacing), dots inside. */
const WORD_CHARACTER = /[\p{L}\p{N}.]/u;
const HAN = /\p{Script=Han}/u;

/**
 * Finds where the query's tokens occur in `text`: every occurrence of a matched Chinese word (inside
 * longer words too: 封装 in 封装测试), and every word whose token matched (case, width and plurals
 * folded: "Batteries" for battery). Long text is cropped to `maxLength` around the first match, with
 * "…" where it was cut. Undefined when nothing matched.
 */
export function markMatches(analyzer: TextAnalyzer, text: string, terms: ReadonlySet<string>, maxLength = Infinity): MarkedText | undefined {
  const folded = text.normalize('NFKC').toLowerCase();
  // Folding rarely changes lengths (ligatures, a few letters); offsets then come from jieba's pieces.
  const ranges = folded.length === text.length ? rangesIn(folded, terms) : rangesByPieces(analyzer, text, terms);
  if (ranges.length === 0) return undefined;
  return crop({ text, ranges: mergeRanges(ranges) }, maxLength);
}

function rangesIn(folded: string, terms: ReadonlySet<string>): TextRange[] {
  const ranges: TextRange[] = [];
  for (const term of terms) {
    if (isChineseToken(term)) {
      ranges.push(...occurrences(folded, term));
      continue;
    }
    // A plural may change the end of the word (battery → batteries): look for all but its last letter.
    const probe = term.length > 3 && term.endsWith('y') ? term.slice(0, -1) : term;
    for (const { start } of occurrences(folded, probe)) {
      const word = wordAround(folded, start, probe.length);
      if (normalizeToken(folded.slice(word.start, word.start + word.length)) === term) ranges.push(word);
    }
  }
  return ranges;
}

function wordAround(text: string, start: number, length: number): TextRange {
  const inWord = (i: number) => i >= 0 && i < text.length && WORD_CHARACTER.test(text[i]) && !HAN.test(text[i]);
  let from = start;
  let to = start + length;
  while (inWord(from - 1)) from -= 1;
  while (inWord(to)) to += 1;
  while (to > from && text[to - 1] === '.') to -= 1;
  return { start: from, length: to - from };
}

function rangesByPieces(analyzer: TextAnalyzer, text: string, terms: ReadonlySet<string>): TextRange[] {
  return analyzer.pieces(text)
    .filter((piece) => piece.token !== undefined && terms.has(piece.token))
    .map((piece) => ({ start: piece.start, length: piece.text.length }));
}

function occurrences(text: string, term: string): TextRange[] {
  const found: TextRange[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) found.push({ start: at, length: term.length });
  return found;
}

function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start <= last.start + last.length) {
      last.length = Math.max(last.length, range.start + range.length - last.start);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

function crop(marked: MarkedText, maxLength: number): MarkedText {
  const { text, ranges } = marked;
  if (text.length <= maxLength) return marked;
  let start = Math.max(0, Math.min(ranges[0].start - LEAD_IN, text.length - maxLength));
  if (isLowSurrogate(text, start)) start -= 1;
  let end = Math.min(text.length, start + maxLength);
  if (isLowSurrogate(text, end)) end -= 1;
  const prefix = start > 0 ? '…' : '';
  const shifted = ranges
    .filter((range) => range.start >= start && range.start + range.length <= end)
    .map((range) => ({ start: range.start - start + prefix.length, length: range.length }));
  return { text: `${prefix}${text.slice(start, end)}${end < text.length ? '…' : ''}`, ranges: shifted };
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

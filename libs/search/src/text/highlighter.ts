import type { TextRange } from '../engine/search-engine.port.js';
import type { TextAnalyzer } from './text-analyzer.js';
import { isChineseToken } from './token-normalizer.js';

export interface MarkedText {
  text: string;
  ranges: TextRange[];
}

/** Characters kept before the first match when long text is cropped. */
const LEAD_IN = 24;

/**
 * Finds where the query's tokens occur in `text`: pieces whose token matched (case and plurals
 * folded), and every occurrence of a matched Chinese word, inside longer words (封装 in 封装测试)
 * or across pieces (键合 in 键 合 丝). Long text is cropped to `maxLength` around the first match,
 * with "…" where it was cut. Undefined when nothing matched.
 */
export function markMatches(analyzer: TextAnalyzer, text: string, terms: ReadonlySet<string>, maxLength = Infinity): MarkedText | undefined {
  const ranges: TextRange[] = analyzer.pieces(text)
    .filter((piece) => piece.token !== undefined && terms.has(piece.token))
    .map((piece) => ({ start: piece.start, length: piece.text.length }));
  for (const term of terms) {
    if (term.length >= 2 && isChineseToken(term)) ranges.push(...occurrences(text, term));
  }
  if (ranges.length === 0) return undefined;
  return crop({ text, ranges: mergeRanges(ranges) }, maxLength);
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

import type { Highlight, TextRange } from '../engine/search-engine.port.js';

/** Private-use characters as highlight tags: they cannot occur in listing text, so parsing them back is exact. */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** A `_formatted` value with the tags taken out and their places returned as ranges; undefined without a match. */
export function parseMarked(formatted: string): { text: string; ranges: TextRange[] } | undefined {
  const ranges: TextRange[] = [];
  let text = '';
  let start = -1;
  for (const char of formatted) {
    if (char === MARK_START) {
      start = text.length;
    } else if (char === MARK_END && start >= 0) {
      ranges.push({ start, length: text.length - start });
      start = -1;
    } else {
      text += char;
    }
  }
  return ranges.length > 0 ? { text, ranges } : undefined;
}

/** Highlights from a hit's `_formatted`: title, the keywords that matched, the cropped description. */
export function highlightsFromFormatted(formatted: { title?: unknown; keywords?: unknown; description?: unknown } | undefined): Highlight[] {
  if (!formatted) return [];
  const title = typeof formatted.title === 'string' ? parseMarked(formatted.title) : undefined;
  const matchedKeywords = Array.isArray(formatted.keywords) ? formatted.keywords.filter((k): k is string => typeof k === 'string' && k.includes(MARK_START)) : [];
  const keywords = matchedKeywords.length > 0 ? parseMarked(matchedKeywords.join(' · ')) : undefined;
  const description = typeof formatted.description === 'string' ? parseMarked(formatted.description) : undefined;
  return [
    ...(title ? [{ field: 'title' as const, ...title }] : []),
    ...(keywords ? [{ field: 'keywords' as const, ...keywords }] : []),
    ...(description ? [{ field: 'description' as const, ...description }] : []),
  ];
}

import { FACET_NAMES, type FacetCounts, type Highlight } from '../engine/search-engine.port.js';
import { markMatches } from '../text/highlighter.js';
import type { TextAnalyzer } from '../text/text-analyzer.js';

export interface TextHitRow {
  id: string;
  score: number;
  title: string;
  description: string;
  keywords: string[];
}

/** Matches counted per (kind, segment, city), with the segment's chain and the city's province. */
export interface FacetRow {
  kind: string;
  segment_id: string;
  city: number;
  chain_id: string;
  province: number;
  count: number;
}

const DESCRIPTION_SNIPPET_LENGTH = 120;

/** Rolls the per-(kind, segment, city) counts up into one list per facet, largest first. */
export function facetCountsOf(rows: FacetRow[]): FacetCounts {
  const tallies = Object.fromEntries(FACET_NAMES.map((name) => [name, new Map<string, number>()])) as Record<keyof FacetCounts, Map<string, number>>;
  const add = (facet: keyof FacetCounts, value: string, count: number) => tallies[facet].set(value, (tallies[facet].get(value) ?? 0) + count);
  for (const row of rows) {
    add('kind', row.kind, row.count);
    add('chain', row.chain_id, row.count);
    add('segment', row.segment_id, row.count);
    add('province', String(row.province), row.count);
    add('city', String(row.city), row.count);
  }
  const sorted = (tally: Map<string, number>) =>
    [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  return Object.fromEntries(FACET_NAMES.map((name) => [name, sorted(tallies[name])])) as FacetCounts;
}

/** The matched words marked in the title, the matching keywords and a snippet of the description. */
export function highlightsOf(analyzer: TextAnalyzer, hit: TextHitRow, tokens: ReadonlySet<string>): Highlight[] {
  const title = markMatches(analyzer, hit.title, tokens);
  const keywords = markMatches(analyzer, hit.keywords.filter((keyword) => markMatches(analyzer, keyword, tokens)).join(' · '), tokens);
  const description = markMatches(analyzer, hit.description, tokens, DESCRIPTION_SNIPPET_LENGTH);
  return [
    ...(title ? [{ field: 'title' as const, ...title }] : []),
    ...(keywords ? [{ field: 'keywords' as const, ...keywords }] : []),
    ...(description ? [{ field: 'description' as const, ...description }] : []),
  ];
}

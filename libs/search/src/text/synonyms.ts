import type { TextAnalyzer } from './text-analyzer.js';

/** Terms that mean the same to a buyer, e.g. 集成电路 = IC = integrated circuit = 芯片 = chip. */
export type SynonymGroup = readonly string[];

/** One word or synonym group of a query: it matches when any alternative (a phrase of tokens) does. */
export interface QueryTerm {
  alternatives: string[][];
}

/** Query terms beyond this many are ignored: a longer "query" is a pasted document, not a search. */
export const MAX_QUERY_TERMS = 12;

/**
 * Synonym groups as token phrases, applied to queries: wherever a query contains one member of a
 * group, any member matches. Longer members win ("integrated circuit" before "circuit").
 */
export class SynonymSet {
  private readonly phrases: { tokens: string[]; group: number }[];
  private readonly groups: string[][][];

  constructor(readonly source: readonly SynonymGroup[], analyzer: TextAnalyzer) {
    this.groups = source.map((group) => uniquePhrases(group.map((term) => analyzer.queryTokens(term))));
    this.phrases = this.groups
      .flatMap((phrases, group) => phrases.map((tokens) => ({ tokens, group })))
      .sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /** The query's tokens as terms, each synonym occurrence replaced by its whole group. */
  expand(tokens: readonly string[]): QueryTerm[] {
    const terms: QueryTerm[] = [];
    for (let at = 0; at < tokens.length && terms.length < MAX_QUERY_TERMS; ) {
      const found = this.phrases.find(({ tokens: phrase }) => phrase.every((token, i) => tokens[at + i] === token));
      terms.push({ alternatives: found ? this.groups[found.group] : [[tokens[at]]] });
      at += found ? found.tokens.length : 1;
    }
    return terms;
  }

  /** Every member of every group, as written, e.g. for a search engine's own synonym settings. */
  terms(): string[] {
    return this.source.flat();
  }
}

function uniquePhrases(phrases: string[][]): string[][] {
  const seen = new Map(phrases.filter((p) => p.length > 0).map((p) => [p.join(' '), p]));
  return [...seen.values()];
}

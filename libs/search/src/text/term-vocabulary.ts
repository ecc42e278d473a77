import type { Lexicon, TermGroup } from '@chainmatch/lexicon';
import { termsOf } from '@chainmatch/lexicon';
import { isDictionaryWord } from './domain-dictionary.js';
import type { TextAnalyzer } from './text-analyzer.js';
import { normalizeToken } from './token-normalizer.js';

/** One word or lexicon term of a query: it matches when any alternative (a phrase of tokens) does. */
export interface QueryTerm {
  /** The tokens as the query has them. */
  tokens: string[];
  /** Lexicon groups the tokens name (usually one; an abbreviation may name groups of two chains). */
  groupIds: string[];
  /** The typed phrase and every member of its groups, as token phrases. */
  alternatives: string[][];
  /**
   * The typed phrase read as a broader product and the words that qualify it, when it is one: 车规
   * and MCU (ic.mcu) for 车规MCU, so that "车规级32位MCU" answers "车规 MCU" however the words stand.
   */
  qualified: QualifiedProduct[];
}

/** A narrower product named as its broader group plus qualifying words (车规 + ic.mcu), each a lexicon term of its own where it is one. */
export interface QualifiedProduct {
  groupId: string;
  qualifiers: Pick<QueryTerm, 'tokens' | 'groupIds'>[];
}

/** Query terms beyond this many are ignored: a longer "query" is a pasted document, not a search. */
export const MAX_QUERY_TERMS = 12;

/** Lexemes an indexed text carries for the groups it names: the group itself, and the broader groups above it. */
export const groupLexeme = (groupId: string) => `@g:${groupId}`;
export const underLexeme = (groupId: string) => `@u:${groupId}`;
/** Whether an index lexeme stands for a lexicon group (normalised words never start with @). */
export const isGroupLexeme = (lexeme: string) => lexeme.startsWith('@');

const key = (tokens: readonly string[]) => tokens.join('\u0001');

/** How far up the broader links a text is found: 磷酸铁锂 for 正极材料, not for every ancestor of an ancestor. */
export const BROADER_REACH = 2;

/**
 * The lexicon's terms as token phrases of this analyzer: finds which groups a text names (longest
 * phrase first: "lithium iron phosphate" before "iron"), for indexing and for queries alike.
 */
export class TermVocabulary {
  private readonly groupsByPhrase = new Map<string, string[]>();
  private readonly phrasesByGroup = new Map<string, string[][]>();
  /** The longest phrase starting with each token: most tokens start none, and are passed over at once. */
  private readonly longestFrom = new Map<string, number>();
  /** Each group's own lexeme and those of its broader groups within reach, worked out once. */
  private readonly lexemesByGroup = new Map<string, string[]>();

  constructor(readonly lexicon: Lexicon, analyzer: TextAnalyzer) {
    for (const group of lexicon.groups()) {
      const phrases = uniquePhrases(termsOf(group).map((term) => phraseOf(term, analyzer)));
      this.phrasesByGroup.set(group.id, phrases);
      const broader = lexicon.ancestorsOf(group.id).slice(0, BROADER_REACH).map((ancestor) => underLexeme(ancestor.id));
      this.lexemesByGroup.set(group.id, [groupLexeme(group.id), ...broader]);
      for (const phrase of phrases) {
        const groups = this.groupsByPhrase.get(key(phrase)) ?? [];
        if (!groups.includes(group.id)) this.groupsByPhrase.set(key(phrase), [...groups, group.id]);
        this.longestFrom.set(phrase[0], Math.max(this.longestFrom.get(phrase[0]) ?? 0, phrase.length));
      }
    }
  }

  /** The query's tokens as terms, a lexicon phrase becoming one term with all its group's members. */
  expand(tokens: readonly string[]): QueryTerm[] {
    const terms: QueryTerm[] = [];
    for (let at = 0; at < tokens.length && terms.length < MAX_QUERY_TERMS; ) {
      const found = this.phraseAt(tokens, at);
      const typed = tokens.slice(at, at + (found?.length ?? 1));
      const groupIds = found?.groupIds ?? [];
      terms.push({
        tokens: typed, groupIds, alternatives: uniquePhrases([typed, ...groupIds.flatMap((id) => this.phrasesOf(id))]), qualified: this.qualifiedOf(typed, groupIds),
      });
      at += typed.length;
    }
    return terms;
  }

  /** The groups a token sequence names anywhere (inside longer words too), and the broader groups up to BROADER_REACH above them, as index lexemes. */
  lexemesOf(tokens: readonly string[]): string[] {
    const lexemes = new Set<string>();
    for (let at = 0; at < tokens.length; at += 1) {
      for (let length = Math.min(this.longestFrom.get(tokens[at]) ?? 0, tokens.length - at); length >= 1; length -= 1) {
        const groups = this.groupsByPhrase.get(length === 1 ? tokens[at] : key(tokens.slice(at, at + length)));
        for (const id of groups ?? []) for (const lexeme of this.lexemesByGroup.get(id)!) lexemes.add(lexeme);
      }
    }
    return [...lexemes];
  }

  /** Every word of every lexicon phrase. */
  words(): Set<string> {
    return new Set([...this.phrasesByGroup.values()].flat(2));
  }

  phrasesOf(groupId: string): string[][] {
    return this.phrasesByGroup.get(groupId) ?? [];
  }

  group(groupId: string): TermGroup | undefined {
    return this.lexicon.group(groupId);
  }

  /** The typed phrase as a member phrase of a group's broader group and the typed words around it. */
  private qualifiedOf(typed: readonly string[], groupIds: readonly string[]): QualifiedProduct[] {
    return groupIds.flatMap((id) => {
      const broader = this.lexicon.group(id)?.broader;
      const phrase = broader ? this.phrasesOf(broader).find((p) => p.length < typed.length && indexOfPhrase(typed, p) >= 0) : undefined;
      if (!broader || !phrase) return [];
      const at = indexOfPhrase(typed, phrase);
      const words = [...typed.slice(0, at), ...typed.slice(at + phrase.length)];
      return [{ groupId: broader, qualifiers: this.expand(words).map(({ tokens, groupIds: ids }) => ({ tokens, groupIds: ids })) }];
    });
  }

  private phraseAt(tokens: readonly string[], at: number): { length: number; groupIds: string[] } | undefined {
    for (let length = Math.min(this.longestFrom.get(tokens[at]) ?? 0, tokens.length - at); length >= 1; length -= 1) {
      const groupIds = this.groupsByPhrase.get(key(tokens.slice(at, at + length)));
      if (groupIds) return { length, groupIds };
    }
    return undefined;
  }
}

/** A term as query tokens: a Chinese dictionary term is one token as it stands, with no segmentation to run. */
function phraseOf(term: string, analyzer: TextAnalyzer): string[] {
  const token = isDictionaryWord(term) ? normalizeToken(term) : undefined;
  return token ? [token] : analyzer.queryTokens(term);
}

function indexOfPhrase(tokens: readonly string[], phrase: readonly string[]): number {
  for (let at = 0; at + phrase.length <= tokens.length; at += 1) if (phrase.every((token, i) => tokens[at + i] === token)) return at;
  return -1;
}

function uniquePhrases(phrases: string[][]): string[][] {
  const seen = new Map(phrases.filter((p) => p.length > 0).map((p) => [key(p), p]));
  return [...seen.values()];
}

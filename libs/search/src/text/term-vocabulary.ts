import type { Lexicon, TermGroup } from '@chainmatch/lexicon';
import { termsOf } from '@chainmatch/lexicon';
import { isDictionaryWord } from './domain-dictionary.js';
import { PhraseTrie } from './phrase-trie.js';
import type { TextAnalyzer } from './text-analyzer.js';
import { normalizeToken } from './token-normalizer.js';

/** One word or lexicon term of a text. */
export interface TextTerm {
  /** The tokens as the text has them. */
  tokens: string[];
  /** Lexicon groups the tokens name (usually one; an abbreviation may name groups of two chains). */
  groupIds: string[];
}

/** One word or lexicon term of a query: it matches when any alternative (a phrase of tokens) does. */
export interface QueryTerm extends TextTerm {
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
  qualifiers: TextTerm[];
}

/**
 * A narrower product's term read apart (see TermVocabulary.readApart): the broader product it names,
 * and the terms around it, in typed order, holding that product and its qualifiers.
 */
export interface QueryTermApart {
  terms: QueryTerm[];
  product: QueryTerm;
}

/** Query terms beyond this many are ignored: a longer "query" is a pasted document, not a search. */
export const MAX_QUERY_TERMS = 12;

/** Lexemes an indexed text carries for the groups it names: the group itself, and the broader groups above it. */
export const groupLexeme = (groupId: string) => `@g:${groupId}`;
export const underLexeme = (groupId: string) => `@u:${groupId}`;
/**
 * An offer's key for a narrower product it names as a product of that product's class and the words
 * qualifying it, apart (12英寸外延硅片: 12英寸 + an epi wafer, a kind of silicon wafer, answers
 * 12英寸硅片). Only offers' scoring terms carry it; the search index does not.
 */
export const qualifiedLexeme = (groupId: string) => `@q:${groupId}`;
/** Whether an index lexeme stands for a lexicon group (normalised words never start with @). */
export const isGroupLexeme = (lexeme: string) => lexeme.startsWith('@');

const key = (tokens: readonly string[]) => tokens.join('\u0001');

/** A phrase around a member phrase of a broader group: 12 英寸 | 硅片 | (nothing) of 12英寸硅片. */
interface PhraseSplit {
  before: string[];
  member: string[];
  after: string[];
}

/** The words of a split that qualify its member (those runs not empty). */
const runsOf = (split: PhraseSplit) => [split.before, split.after].filter((run) => run.length > 0);
const HAN_WORD = /^\p{Script=Han}+$/u;
const HAN = /\p{Script=Han}/u;

/** A narrower group's phrase read as a member of its broader group and the words around it: 12 英寸 of 12英寸硅片, with the lexemes of a run that is itself a lexicon term. */
interface QualifiedReading {
  groupId: string;
  runs: { tokens: string[]; lexemes: string[] }[];
}

const NO_READINGS: readonly QualifiedReading[] = [];

/** How far up the broader links a text is found: 磷酸铁锂 for 正极材料, not for every ancestor of an ancestor. */
export const BROADER_REACH = 2;

/**
 * The lexicon's terms as token phrases of this analyzer: finds which groups a text names (longest
 * phrase first: "lithium iron phosphate" before "iron"), for indexing and for queries alike.
 */
export class TermVocabulary {
  private readonly groupsByPhrase = new PhraseTrie<string>();
  private readonly phrasesByGroup = new Map<string, string[][]>();
  /** Each group's own lexeme and those of its broader groups within reach, worked out once. */
  private readonly lexemesByGroup = new Map<string, string[]>();
  /** The qualified readings of narrower groups, by the lexemes (`@g:` and `@u:`) of their broader group: an offer names one of these first. */
  private readonly readingsByClass = new Map<string, QualifiedReading[]>();

  constructor(readonly lexicon: Lexicon, private readonly analyzer: TextAnalyzer) {
    for (const group of lexicon.groups()) {
      const phrases = uniquePhrases(termsOf(group).map((term) => phraseOf(term, analyzer)));
      this.phrasesByGroup.set(group.id, phrases);
      const broader = lexicon.ancestorsOf(group.id).slice(0, BROADER_REACH).map((ancestor) => underLexeme(ancestor.id));
      this.lexemesByGroup.set(group.id, [groupLexeme(group.id), ...broader]);
      for (const phrase of phrases) this.groupsByPhrase.add(phrase, group.id);
    }
    for (const group of lexicon.groups()) this.addReadings(group);
  }

  /** The query's tokens as terms, a lexicon phrase becoming one term with all its group's members. */
  expand(tokens: readonly string[]): QueryTerm[] {
    return this.terms(tokens).map(({ tokens: typed, groupIds }) => ({
      tokens: typed, groupIds, alternatives: uniquePhrases([typed, ...groupIds.flatMap((id) => this.phrasesOf(id))]), qualified: this.qualifiedOf(typed, groupIds),
    }));
  }

  /** The tokens as terms as expand has them, without a query's alternatives: what a listing names. */
  terms(tokens: readonly string[]): TextTerm[] {
    const terms: TextTerm[] = [];
    for (let at = 0; at < tokens.length && terms.length < MAX_QUERY_TERMS; ) {
      const found = this.groupsByPhrase.longestAt(tokens, at);
      const typed = tokens.slice(at, at + (found?.length ?? 1));
      terms.push({ tokens: typed, groupIds: found?.values ?? [] });
      at += typed.length;
    }
    return terms;
  }

  /** The groups a token sequence names anywhere (inside longer words too), and the broader groups up to BROADER_REACH above them, as index lexemes. */
  lexemesOf(tokens: readonly string[]): string[] {
    const lexemes = new Set<string>();
    const add = (groupIds: readonly string[]) => {
      for (const id of groupIds) for (const lexeme of this.lexemesByGroup.get(id)!) lexemes.add(lexeme);
    };
    for (let at = 0; at < tokens.length; at += 1) this.groupsByPhrase.forEachAt(tokens, at, add);
    return [...lexemes];
  }

  /**
   * The `@q:` lexemes of the narrower products whose qualifying words (each run as it stands in one of
   * `sequences`, or as its lexicon group) a field names beside a product of their class (`lexemes`:
   * the class's `@g:` or `@u:` lexeme). The words must stand together: 12 and 英寸 apart are no 12英寸.
   */
  qualifiedLexemes(sequences: readonly (readonly string[])[], lexemes: readonly string[]): string[] {
    return this.qualifiedGroups(sequences, lexemes).map(qualifiedLexeme);
  }

  /** The groups of qualifiedLexemes: the narrower products named as a product of their class and their qualifying words. */
  qualifiedGroups(sequences: readonly (readonly string[])[], lexemes: readonly string[]): string[] {
    // A run whose first word no sequence has cannot stand in one: most readings fail on that lookup,
    // before any scan (a few dozen lookups a listing: a set of the sequences' words cost more to make).
    const said = (run: readonly string[]) => {
      for (const tokens of sequences) if (tokens.includes(run[0]) && (run.length === 1 || indexOfPhrase(tokens, run) >= 0)) return true;
      return false;
    };
    const stands = (run: QualifiedReading['runs'][number]) => {
      for (const lexeme of run.lexemes) if (lexemes.includes(lexeme)) return true;
      return said(run.tokens);
    };
    // Most fields name no class with qualified readings: nothing is made for them.
    let found: Set<string> | undefined;
    for (const lexeme of lexemes) {
      for (const reading of this.readingsByClass.get(lexeme) ?? NO_READINGS) if (reading.runs.every(stands)) (found ??= new Set()).add(reading.groupId);
    }
    return found ? [...found] : [];
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
      const split = broader ? this.splitOf(typed, broader) : undefined;
      if (!broader || !split) return [];
      return [{ groupId: broader, qualifiers: this.terms(runsOf(split).flat()) }];
    });
  }

  /**
   * A narrower product's term read apart (see splitOf) as the broader product it names and the words
   * qualifying it, each a term of its own (a run of words not one lexicon term stays one term), in
   * typed order: 车规 and MCU (ic.mcu) of 车规MCU, 外延 and 硅片 of 外延硅片, 12 inch and wafer (silicon
   * wafer) of 12-inch wafer. Relaxation falls back to it (see QueryPlan.broader).
   */
  readApart(term: QueryTerm): QueryTermApart | undefined {
    for (const id of term.groupIds) {
      const broader = this.lexicon.group(id)?.broader;
      const split = broader ? this.splitOf(term.tokens, broader) : undefined;
      if (!broader || !split) continue;
      const product: QueryTerm = { tokens: split.member, groupIds: [broader], alternatives: uniquePhrases([split.member, ...this.phrasesOf(broader)]), qualified: [] };
      const qualifier = (run: string[]): QueryTerm[] => {
        const found = run.length > 0 ? this.expand(run) : [];
        return found.length <= 1 ? found : [{ tokens: run, groupIds: [], alternatives: [run], qualified: [] }];
      };
      return { terms: [...qualifier(split.before), product, ...qualifier(split.after)], product };
    }
    return undefined;
  }

  /**
   * A narrower product's phrase around the name of its broader product, read alike in both languages:
   * a member phrase of `broader` inside it (车规 MCU, 12 英寸 硅片, 300 mm silicon wafer); one Chinese
   * word ending or starting with a member (外延硅片); an English phrase ending in a member's head noun,
   * its last word (epi wafer and 12-inch wafer for silicon wafer, cylindrical cell for battery cell).
   */
  private splitOf(phrase: readonly string[], broader: string): PhraseSplit | undefined {
    return this.splitAtMember(phrase, broader) ?? this.splitInsideWord(phrase, broader) ?? this.splitAtHeadNoun(phrase, broader);
  }

  /** `phrase` around a shorter member phrase of `broader`, if it holds one. */
  private splitAtMember(phrase: readonly string[], broader: string): PhraseSplit | undefined {
    const member = this.phrasesOf(broader).find((p) => p.length < phrase.length && indexOfPhrase(phrase, p) >= 0);
    if (!member) return undefined;
    const at = indexOfPhrase(phrase, member);
    return { before: phrase.slice(0, at), member, after: phrase.slice(at + member.length) };
  }

  /**
   * One Chinese word ending or starting with a one-word member of `broader` (外延硅片: 外延 + 硅片), or
   * else holding one around the words that qualify it (医用外科口罩: 外科 + 医用口罩, see infixOf), the
   * rest cut as a query is.
   */
  private splitInsideWord(phrase: readonly string[], broader: string): PhraseSplit | undefined {
    const [word] = phrase;
    if (phrase.length !== 1 || !HAN_WORD.test(word)) return undefined;
    const members = this.phrasesOf(broader).filter((p) => p.length === 1 && p[0].length < word.length && HAN_WORD.test(p[0]));
    const edge = members.find(([member]) => word.endsWith(member) || word.startsWith(member));
    if (edge) {
      const [member] = edge;
      const rest = this.analyzer.queryTokens(word.endsWith(member) ? word.slice(0, -member.length) : word.slice(member.length));
      return word.endsWith(member) ? { before: rest, member: edge, after: [] } : { before: [], member: edge, after: rest };
    }
    for (const member of members) {
      const inside = infixOf(word, member[0]);
      if (inside) return { before: this.analyzer.queryTokens(inside), member, after: [] };
    }
    return undefined;
  }

  /** Latin words ending in the last word of a member phrase of several words (the head noun an English name ends in). */
  private splitAtHeadNoun(phrase: readonly string[], broader: string): PhraseSplit | undefined {
    const last = phrase.at(-1);
    if (phrase.length < 2 || phrase.some((token) => HAN.test(token))) return undefined;
    const named = this.phrasesOf(broader).some((p) => p.length >= 2 && p.at(-1) === last && !p.some((token) => HAN.test(token)));
    return named ? { before: phrase.slice(0, -1), member: [last!], after: [] } : undefined;
  }

  /** Indexes each phrase of `group` that holds a member of its broader group under that group's lexemes. */
  private addReadings(group: TermGroup): void {
    if (!group.broader || !this.lexicon.group(group.broader)) return;
    for (const phrase of this.phrasesOf(group.id)) {
      const split = this.splitOf(phrase, group.broader);
      const runs = split && runsOf(split).map((tokens) => ({ tokens, lexemes: (this.groupsByPhrase.get(tokens) ?? []).map(groupLexeme) }));
      // A qualifier naming the group itself (the LFP of "LFP cathode material") adds nothing to its name.
      if (!runs || runs.some((run) => run.lexemes.includes(groupLexeme(group.id)))) continue;
      const reading = { groupId: group.id, runs };
      for (const lexeme of [groupLexeme(group.broader), underLexeme(group.broader)]) this.readingsByClass.set(lexeme, [...(this.readingsByClass.get(lexeme) ?? []), reading]);
    }
  }
}

/** A term as query tokens: a Chinese dictionary term is one token as it stands, with no segmentation to run. */
function phraseOf(term: string, analyzer: TextAnalyzer): string[] {
  const token = isDictionaryWord(term) ? normalizeToken(term) : undefined;
  return token ? [token] : analyzer.queryTokens(term);
}

/** The words on either side of an infix (see infixOf) are at least this long: 医用 | 外科 | 口罩, not 机 | 载配 | 电系统. */
const MIN_INFIX_SIDE = 2;

/**
 * What `word` holds between the two halves of `member` (外科 of 医用外科口罩 around 医用口罩), each
 * half at least MIN_INFIX_SIDE characters: a Chinese compound names a kind of a product by the
 * words it puts inside the product's name.
 */
function infixOf(word: string, member: string): string | undefined {
  for (let cut = MIN_INFIX_SIDE; cut <= member.length - MIN_INFIX_SIDE; cut += 1) {
    if (word.startsWith(member.slice(0, cut)) && word.endsWith(member.slice(cut))) return word.slice(cut, word.length - (member.length - cut));
  }
  return undefined;
}

function indexOfPhrase(tokens: readonly string[], phrase: readonly string[]): number {
  for (let at = 0; at + phrase.length <= tokens.length; at += 1) if (startsAt(tokens, phrase, at)) return at;
  return -1;
}

function startsAt(tokens: readonly string[], phrase: readonly string[], at: number): boolean {
  for (let i = 0; i < phrase.length; i += 1) if (tokens[at + i] !== phrase[i]) return false;
  return true;
}

function uniquePhrases(phrases: string[][]): string[][] {
  const seen = new Map(phrases.filter((p) => p.length > 0).map((p) => [key(p), p]));
  return [...seen.values()];
}

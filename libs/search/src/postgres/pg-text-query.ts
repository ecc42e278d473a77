import { BROADER_REACH, groupLexeme, isGroupLexeme, underLexeme, type QualifiedProduct, type TermVocabulary } from '../text/term-vocabulary.js';
import type { PlannedTerm, QueryPlan } from '../text/query-plan.js';
import { isTypoCandidate } from '../text/token-normalizer.js';

/** A query term as the PostgreSQL engine searches and ranks it. */
export interface PgTerm {
  label: string;
  weight: number;
  /** What matches the term: alternatives (any), each a phrase of lexemes (all). */
  match: string[][];
  /** Lexemes that count as the term itself when ranking (its lexicon groups, or the word typed). */
  exact: string[];
  /** Lexemes that count for less: narrower groups, typo readings. */
  reduced: string[];
}

/** For each of the words asked about that no listing has: the indexed words closest to it (`packagng` → [`packaging`]). */
export type TypoCorrector = (words: string[]) => Promise<Map<string, string[]>>;

/**
 * The plan's terms as lexemes. A lexicon term is found by its group lexemes (every member, in both
 * languages, indexes them) or a narrower group's; a plain word by itself or, when it is not in the
 * index and long enough, by its nearest indexed spellings (English typos). A typed word no listing
 * has is left out of the term when something else can match it (`photoresit` read as photoresist):
 * it changes no result, and a search left with lexicon groups only reads the narrow lexicon table.
 */
export async function pgTerms(plan: QueryPlan, correct: TypoCorrector): Promise<PgTerm[]> {
  const unknown = await correct([...new Set(plan.terms.flatMap(typedWords))]);
  return plan.terms.map((term) => {
    const spellings = (unknown.get(typoCandidate(term)[0] ?? '') ?? []).map((word) => [word]);
    const groups = term.groupIds.map(groupLexeme);
    const typoPhrases = term.typoGroupIds.length > 0 ? [] : term.typo;
    const reduced = [
      ...term.groupIds.map(underLexeme), ...term.typoGroupIds.flatMap((id) => [groupLexeme(id), underLexeme(id)]),
      ...[...typoPhrases, ...spellings].filter((phrase) => phrase.length === 1).map(([word]) => word),
    ];
    // A lexicon term is its group lexemes: every member indexes them, and a member phrase's words
    // scattered over a text ("lithium … iron … phosphate") are no match.
    const typed = groups.length > 0 ? [] : term.exact;
    const found = typed.filter((phrase) => !phrase.some((word) => unknown.has(word)));
    const kept = found.length > 0 || groups.length + typoPhrases.length + reduced.length > 0 ? found : typed;
    return {
      label: term.label,
      weight: term.weight,
      match: unique([...groups.map((lexeme) => [lexeme]), ...kept, ...typoPhrases, ...reduced.map((lexeme) => [lexeme]), ...term.qualified.map(qualifiedPhrase)]),
      exact: groups.length > 0 ? groups : [...new Set(kept.flat())],
      reduced: [...new Set(reduced)],
    };
  });
}

/**
 * 车规 + MCU: the broader group's lexeme and the qualifying words (a lexicon term's group lexeme), all
 * required, wherever they stand in the listing.
 */
const qualifiedPhrase = ({ groupId, qualifiers }: QualifiedProduct) =>
  [groupLexeme(groupId), ...qualifiers.flatMap(({ tokens, groupIds }) => (groupIds.length === 1 ? [groupLexeme(groupIds[0])] : tokens))];

/** The words of what was typed (a term without lexicon groups) that the index may lack: only those a typo can be corrected in are listed in it. */
function typedWords(term: PlannedTerm): string[] {
  return term.groupIds.length > 0 ? [] : term.exact.flat().filter(isTypoCandidate);
}

/** A plain word with no lexicon meaning, no synonym and no typo reading: the only kind worth a spelling correction. */
function typoCandidate(term: PlannedTerm): string[] {
  const [phrase] = term.exact;
  return term.groupIds.length === 0 && term.typo.length === 0 && term.exact.length === 1 && phrase.length === 1 && isTypoCandidate(phrase[0]) ? [phrase[0]] : [];
}

function unique(phrases: string[][]): string[][] {
  return [...new Map(phrases.map((phrase) => [phrase.join('\u0001'), phrase])).values()];
}

/**
 * The words to mark in hits: every token of the term's alternatives and typo readings, and the
 * one-word terms of its narrower groups (a word of a narrower phrase alone — KrF of "KrF photoresist" —
 * is not what was asked for).
 */
export function highlightTokens(plan: QueryPlan, terms: PgTerm[], vocabulary: TermVocabulary): Set<string> {
  const narrower = plan.terms.flatMap((term) => [...term.groupIds, ...term.typoGroupIds])
    .flatMap((id) => vocabulary.lexicon.descendantsOf(id).filter(({ depth }) => depth <= BROADER_REACH))
    .flatMap(({ group }) => vocabulary.phrasesOf(group.id).filter((phrase) => phrase.length === 1));
  const lexemes = terms.flatMap((term) => [...term.exact, ...term.reduced]).filter((lexeme) => !isGroupLexeme(lexeme));
  return new Set([...plan.terms.flatMap((term) => [...term.exact, ...term.typo]), ...narrower].flat().concat(lexemes));
}

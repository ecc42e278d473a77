import { BROADER_REACH, groupLexeme, isGroupLexeme, underLexeme, type TermVocabulary } from '../text/term-vocabulary.js';
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

/** Indexed words close to each unknown word: `packagng` → [`packaging`]. */
export type TypoCorrector = (unknownCandidates: string[]) => Promise<Map<string, string[]>>;

/**
 * The plan's terms as lexemes. A lexicon term is found by its group lexeme (every member, in both
 * languages, indexes it) or a narrower group's; a plain word by itself or, when it is not in the
 * index and long enough, by its nearest indexed spellings (English typos).
 */
export async function pgTerms(plan: QueryPlan, correct: TypoCorrector): Promise<PgTerm[]> {
  const corrections = await correct(plan.terms.flatMap(typoCandidate));
  return plan.terms.map((term) => {
    const spellings = (corrections.get(typoCandidate(term)[0] ?? '') ?? []).map((word) => [word]);
    const groups = term.groupIds.map(groupLexeme);
    const typoPhrases = term.typoGroupIds.length > 0 ? [] : term.typo;
    const reduced = [
      ...term.groupIds.map(underLexeme), ...term.typoGroupIds.flatMap((id) => [groupLexeme(id), underLexeme(id)]),
      ...[...typoPhrases, ...spellings].filter((phrase) => phrase.length === 1).map(([word]) => word),
    ];
    // A lexicon term is its group lexemes: every member indexes them, and a member phrase's words
    // scattered over a text ("lithium … iron … phosphate") are no match.
    const typed = groups.length > 0 ? [] : term.exact;
    return {
      label: term.label,
      weight: term.weight,
      match: unique([...groups.map((lexeme) => [lexeme]), ...typed, ...typoPhrases, ...reduced.map((lexeme) => [lexeme])]),
      exact: groups.length > 0 ? groups : [...new Set(typed.flat())],
      reduced: [...new Set(reduced)],
    };
  });
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

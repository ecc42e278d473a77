import type { QueryTerm, SynonymSet } from '../text/synonyms.js';
import type { TextAnalyzer } from '../text/text-analyzer.js';
import { isTypoCandidate } from '../text/token-normalizer.js';

export interface PgTextQuery {
  /** Terms (all must match) → alternatives (any may match) → phrase tokens. */
  terms: string[][][];
  /** Every token that counts as a match, for highlighting. */
  matchedTokens: Set<string>;
}

/** Indexed words close to each unknown word: `packagng` → [`packaging`]. */
export type TypoCorrector = (unknownCandidates: string[]) => Promise<Map<string, string[]>>;

/**
 * The text as a tsquery: every word (or synonym group) must match; a word that is not in the index
 * also matches its nearest indexed spellings. Undefined when the text has no searchable word.
 */
export async function planTextQuery(
  text: string | undefined,
  analyzer: TextAnalyzer,
  synonyms: SynonymSet,
  correct: TypoCorrector,
): Promise<PgTextQuery | undefined> {
  const tokens = text ? analyzer.queryTokens(text) : [];
  if (tokens.length === 0) return undefined;
  const terms = synonyms.expand(tokens);
  const corrections = await correct(typoCandidates(terms));
  const withTypos = terms.map(({ alternatives }) => [
    ...alternatives,
    ...alternatives.flatMap((phrase) => (phrase.length === 1 ? (corrections.get(phrase[0]) ?? []).map((word) => [word]) : [])),
  ]);
  return { terms: withTypos, matchedTokens: new Set(withTypos.flat(2)) };
}

/** Single words of terms without synonyms: a synonym group already says what the word means. */
function typoCandidates(terms: QueryTerm[]): string[] {
  return terms.flatMap(({ alternatives }) =>
    alternatives.length === 1 && alternatives[0].length === 1 && isTypoCandidate(alternatives[0][0]) ? [alternatives[0][0]] : []);
}

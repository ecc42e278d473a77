/** tsvector / tsquery input syntax for lexemes we segmented ourselves (PostgreSQL's parser cannot cut Chinese). */

export type Weight = 'A' | 'B' | 'C' | 'D';

export interface WeightedText {
  tokens: string[];
  weight: Weight;
}

/** PostgreSQL keeps positions up to 16383. */
const MAX_POSITION = 16_383;

/** A quoted lexeme: quotes doubled and backslashes escaped, so any token is data, never syntax. */
export function quoteLexeme(lexeme: string): string {
  if (!lexeme.includes('\\') && !lexeme.includes("'")) return `'${lexeme}'`;
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/**
 * `'lexeme':1A 'other':2C …`: each lexeme once, with the weight of the first field (fields come best
 * first) that has it. Ranking reads a field level per query term, so repetitions would only let a
 * text that says a word many times outrank one that says it once.
 */
export function bestWeightLiteral(fields: readonly WeightedText[]): string {
  const weights = new Map<string, Weight>();
  for (const { tokens, weight } of fields) for (const token of tokens) if (!weights.has(token)) weights.set(token, weight);
  return [...weights].map(([lexeme, weight], i) => `${quoteLexeme(lexeme)}:${Math.min(i + 1, MAX_POSITION)}${weight}`).join(' ');
}

/** `'a' 'b' …`: the distinct lexemes only, no positions (a vector that only decides what matches). */
export function lexemesLiteral(lexemes: Iterable<string>): string {
  return [...new Set(lexemes)].map(quoteLexeme).join(' ');
}

/**
 * `( 'a' | ( 'b' & 'c' ) ) & ( 'd' )`: AND across terms, OR across a term's alternatives, and the
 * words of a multi-word alternative ("integrated circuit") all present.
 */
export function tsqueryLiteral(terms: readonly (readonly (readonly string[])[])[]): string {
  const alternative = (words: readonly string[]) => (words.length === 1 ? quoteLexeme(words[0]) : `( ${words.map(quoteLexeme).join(' & ')} )`);
  return terms.map((alternatives) => `( ${alternatives.map(alternative).join(' | ')} )`).join(' & ');
}

/** tsvector / tsquery input syntax for lexemes we segmented ourselves (PostgreSQL's parser cannot cut Chinese). */

export type Weight = 'A' | 'B' | 'C' | 'D';

export interface WeightedText {
  tokens: string[];
  weight: Weight;
}

/** PostgreSQL keeps at most 256 positions per lexeme and positions up to 16383. */
const MAX_POSITIONS_PER_LEXEME = 256;
const MAX_POSITION = 16_383;
/** Keeps the words of two fields or two keywords from reading as neighbours. */
const FIELD_GAP = 8;

/** A quoted lexeme: quotes doubled and backslashes escaped, so any token is data, never syntax. */
export function quoteLexeme(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** `'lexeme':1A,7A 'other':2B …` for fields in order; each field's positions follow the previous field's. */
export function tsvectorLiteral(fields: readonly WeightedText[]): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const { tokens, weight } of fields) {
    for (const token of tokens) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${position}${weight}`);
      positions.set(token, list);
    }
    position += FIELD_GAP;
  }
  return [...positions].map(([lexeme, at]) => `${quoteLexeme(lexeme)}:${at.join(',')}`).join(' ');
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

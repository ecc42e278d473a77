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
  // Each lexeme written when first met, without a map of weights and an array of its entries: a rebuild writes three vectors a listing.
  // Joined once, not appended to a string: a batch holds its rows until it is sent, and an appended string is a tree of pieces to keep.
  const written = new Set<string>();
  const entries: string[] = [];
  for (const { tokens, weight } of fields) {
    for (const token of tokens) {
      if (written.has(token)) continue;
      written.add(token);
      entries.push(`${quoteLexeme(token)}:${Math.min(written.size, MAX_POSITION)}${weight}`);
    }
  }
  return entries.join(' ');
}

/** `'a' 'b' …`: the distinct lexemes of the lists only, no positions (a vector that only decides what matches). */
export function lexemesLiteral(...lists: readonly (readonly string[])[]): string {
  const written = new Set<string>();
  const entries: string[] = [];
  for (const lexemes of lists) {
    for (const lexeme of lexemes) {
      if (written.has(lexeme)) continue;
      written.add(lexeme);
      entries.push(quoteLexeme(lexeme));
    }
  }
  return entries.join(' ');
}

/**
 * `( 'a' | ( 'b' & 'c' ) ) & ( 'd' )`: AND across terms, OR across a term's alternatives, and the
 * words of a multi-word alternative ("integrated circuit") all present.
 */
export function tsqueryLiteral(terms: readonly (readonly (readonly string[])[])[]): string {
  const alternative = (words: readonly string[]) => (words.length === 1 ? quoteLexeme(words[0]) : `( ${words.map(quoteLexeme).join(' & ')} )`);
  return terms.map((alternatives) => `( ${alternatives.map(alternative).join(' | ')} )`).join(' & ');
}

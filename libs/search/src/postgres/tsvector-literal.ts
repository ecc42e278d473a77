/** tsvectors and tsquery input syntax for lexemes we segmented ourselves (PostgreSQL's parser cannot cut Chinese). */
import type { TsVector, TsVectorWeight as Weight } from '@chainmatch/database';

export interface WeightedText {
  tokens: readonly string[];
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
 * Each lexeme once, with the weight of the first field (fields come best first) that has it, then
 * the distinct lexemes of `plain` without a position. Ranking reads a field level per query term, so
 * repetitions would only let a text that says a word many times outrank one that says it once.
 */
export function tsVector(fields: readonly WeightedText[], ...plain: readonly (readonly string[])[]): TsVector {
  const lexemes: string[] = [];
  const weights: Weight[] = [];
  const written = new Set<string>();
  for (const { tokens, weight } of fields) {
    for (const token of tokens) {
      if (written.has(token)) continue;
      written.add(token);
      lexemes.push(token);
      weights.push(weight);
    }
  }
  for (const list of plain) {
    for (const lexeme of list) {
      if (written.has(lexeme)) continue;
      written.add(lexeme);
      lexemes.push(lexeme);
    }
  }
  return { lexemes, weights };
}

/** `'lexeme':1A 'other':2C 'plain' …`: the vector in tsvector's input syntax (a weighted lexeme at its place, see TsVector). */
export function tsVectorLiteral({ lexemes, weights }: TsVector): string {
  const entries = lexemes.map((lexeme, i) => (i < weights.length ? `${quoteLexeme(lexeme)}:${Math.min(i + 1, MAX_POSITION)}${weights[i]}` : quoteLexeme(lexeme)));
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

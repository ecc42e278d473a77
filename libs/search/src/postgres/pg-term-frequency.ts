import type { TermFrequencies } from '../text/query-plan.js';
import { LIVE_TABLES } from './pg-document-writer.js';
import type { PgTerm } from './pg-text-query.js';
import type { SqlRunner } from './search-pool.js';

/**
 * How common the terms are, from the statistics ANALYZE (autovacuum, and every rebuild) keeps of
 * the match vector: its most common lexemes with the share of listings holding each. One catalogue
 * row, whatever the size of the index — counting postings would read every listing of a common
 * term. A lexeme not among them is rarer than all that are (0); without statistics nothing is known.
 */
export async function pgTermFrequencies(query: SqlRunner, terms: readonly PgTerm[]): Promise<TermFrequencies> {
  const lexemes = [...new Set(terms.flatMap((term) => term.match.flat()))];
  const [stats] = await query<{ shares: Record<string, number> | null }>(
    `SELECT (SELECT json_object_agg(e.lexeme, e.share) FROM unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, share)
             WHERE e.lexeme = ANY($1::text[])) AS shares
     FROM pg_stats s
     WHERE s.tablename = $2 AND s.attname = 'tsv' AND s.schemaname = ANY(current_schemas(false)) AND s.most_common_elems IS NOT NULL
     LIMIT 1`,
    [lexemes, LIVE_TABLES.match],
  );
  if (stats === undefined) return [];
  const share = (lexeme: string) => stats.shares?.[lexeme] ?? 0;
  // A term matches when any alternative does, an alternative when all its lexemes are there.
  return terms.map((term) => Math.max(0, ...term.match.map((phrase) => Math.min(...phrase.map(share)))));
}

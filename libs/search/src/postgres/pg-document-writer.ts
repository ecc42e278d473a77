import type { ListingDocument } from '../engine/listing-document.js';
import type { DocumentAnalysis } from '../text/analysed-listing.js';
import type { AnalysisTask } from '../text/analysis-pool.js';
import { PG_DOCUMENT_COLUMNS, toPgDocumentRow } from './pg-document-row.js';
import type { SqlRunner } from './search-pool.js';

/** The PostgreSQL engine's tables; a rebuild fills a second set and swaps it in. */
export interface EngineTables {
  facts: string;
  match: string;
  lexicon: string;
  text: string;
  terms: string;
}

export const LIVE_TABLES: EngineTables = {
  facts: 'search_listing', match: 'search_listing_match', lexicon: 'search_listing_lexicon', text: 'search_listing_text', terms: 'search_term',
};

const TABLE_COLUMNS: Record<Exclude<keyof EngineTables, 'terms'>, string[]> = {
  facts: ['listing_id', 'kind', 'chain_id', 'segment_id', 'province', 'city', 'verified', 'lat', 'lng', 'created_at', 'valid_until'],
  match: ['listing_id', 'kind', 'chain_id', 'segment_id', 'province', 'city', 'lat', 'lng', 'created_at', 'valid_until', 'rank_tsv', 'tsv'],
  lexicon: ['listing_id', 'kind', 'chain_id', 'segment_id', 'province', 'city', 'lat', 'lng', 'created_at', 'valid_until', 'lexicon_tsv'],
  text: ['listing_id', 'title', 'description', 'keywords', 'fingerprint'],
};

/**
 * How a batch meets what a table holds: a fresh table (a rebuild's copy) takes its rows as they come
 * (insert); a live one replaces a listing's row (upsert), or only where a value differs (sync).
 */
export type WriteMode = 'insert' | 'upsert';
type TableWrite = WriteMode | 'sync';

function insertInto(table: string, columns: string[], mode: TableWrite): string {
  const list = columns.join(', ');
  const values = columns.filter((c) => c !== 'listing_id');
  const replace = `ON CONFLICT (listing_id) DO UPDATE SET ${values.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
  const changed = `WHERE (${values.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${values.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  return `INSERT INTO ${table} AS t (${list}) SELECT ${list} FROM r ${mode === 'insert' ? '' : replace} ${mode === 'sync' ? changed : ''}`;
}

/**
 * A batch of documents as the engine writes it: the rows as one JSON text for json_to_recordset, in
 * id order, and the batch's words for the typo vocabulary, sorted — so that concurrent writers lock
 * in the same order and cannot deadlock.
 */
export interface PgDocumentBatch {
  rows: string;
  terms: string[];
}

export function documentBatch(documents: readonly ListingDocument[], analysis: DocumentAnalysis): PgDocumentBatch {
  const converted = documents.map((document) => toPgDocumentRow(document, analysis)).sort((a, b) => (a.row.listing_id < b.row.listing_id ? -1 : 1));
  return { rows: JSON.stringify(converted.map(({ row }) => row)), terms: [...new Set(converted.flatMap(({ terms }) => terms))].sort() };
}

/** documentBatch for a rebuild's worker threads. */
export const PG_BATCH_TASK: AnalysisTask<readonly ListingDocument[], PgDocumentBatch> = { module: import.meta.url, name: 'documentBatch', run: documentBatch };

/**
 * Writes a batch into the engine's document tables in one statement. The facts are always synced in
 * place: they need no analysis, so a rebuild brings the live table up to date (writing only rows
 * that differ) instead of refilling a copy, and their two spatial indexes — the costliest to build,
 * cube has no sorted build — are never rebuilt.
 */
export async function writeDocuments(query: SqlRunner, tables: EngineTables, batch: PgDocumentBatch, mode: WriteMode): Promise<void> {
  await query(
    `WITH r AS MATERIALIZED (SELECT * FROM json_to_recordset($1::json) AS r(${PG_DOCUMENT_COLUMNS})),
       facts AS (${insertInto(tables.facts, TABLE_COLUMNS.facts, 'sync')}),
       match AS (${insertInto(tables.match, TABLE_COLUMNS.match, mode)}),
       lexicon AS (${insertInto(tables.lexicon, TABLE_COLUMNS.lexicon, mode)})
     ${insertInto(tables.text, TABLE_COLUMNS.text, mode)}`,
    [batch.rows],
  );
}

export async function deleteDocuments(query: SqlRunner, tables: EngineTables, ids: readonly string[]): Promise<void> {
  await query(
    `WITH facts AS (DELETE FROM ${tables.facts} WHERE listing_id = ANY($1::uuid[])),
       match AS (DELETE FROM ${tables.match} WHERE listing_id = ANY($1::uuid[])),
       lexicon AS (DELETE FROM ${tables.lexicon} WHERE listing_id = ANY($1::uuid[]))
     DELETE FROM ${tables.text} WHERE listing_id = ANY($1::uuid[])`,
    [[...ids].sort()],
  );
}

export async function writeTerms(query: SqlRunner, table: string, terms: readonly string[]): Promise<void> {
  if (terms.length === 0) return;
  await query(`INSERT INTO ${table} (term) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT DO NOTHING`, [[...terms].sort()]);
}

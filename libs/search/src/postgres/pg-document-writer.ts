import { CopyBinaryWriter, type CopyBinaryColumns } from '@chainmatch/database';
import type { ListingDocument } from '../engine/listing-document.js';
import type { DocumentAnalysis } from '../text/analysed-listing.js';
import type { AnalysisTask } from '../text/analysis-pool.js';
import { jsonDocumentRow, PG_DOCUMENT_TYPES, toPgDocumentRow, type PgDocumentRow } from './pg-document-row.js';
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

export const TABLE_COLUMNS: Record<Exclude<keyof EngineTables, 'terms'>, (keyof PgDocumentRow)[]> = {
  facts: ['listing_id', 'kind', 'chain_id', 'segment_id', 'province', 'city', 'verified', 'lat', 'lng', 'created_at', 'valid_until'],
  match: ['listing_id', 'kind', 'chain_id', 'segment_id', 'province', 'city', 'lat', 'lng', 'created_at', 'valid_until', 'rank_tsv', 'tsv'],
  lexicon: ['listing_id', 'kind', 'chain_id', 'segment_id', 'province', 'city', 'lat', 'lng', 'created_at', 'valid_until', 'lexicon_tsv'],
  text: ['listing_id', 'title', 'description', 'keywords', 'fingerprint'],
};

/** A batch's rows, the statement's one parameter (see jsonDocumentRow), as a relation. */
const ROWS = `SELECT * FROM json_to_recordset($1::json) AS r(${Object.entries(PG_DOCUMENT_TYPES).map(([column, type]) => `${column} ${type}`).join(', ')})`;

/**
 * How a batch meets what a live table holds: it replaces a listing's row (upsert), or only where a
 * value differs (sync).
 */
type TableWrite = 'upsert' | 'sync';

function insertInto(table: string, columns: string[], mode: TableWrite): string {
  const list = columns.join(', ');
  const values = columns.filter((c) => c !== 'listing_id');
  const replace = `ON CONFLICT (listing_id) DO UPDATE SET ${values.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;
  const changed = `WHERE (${values.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${values.map((c) => `EXCLUDED.${c}`).join(', ')})`;
  return `INSERT INTO ${table} AS t (${list}) SELECT ${list} FROM r ${replace} ${mode === 'sync' ? changed : ''}`;
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

/** A batch as a rebuild writes it: the facts as JSON rows (synced in place), binary COPY data for the fresh text tables. */
export interface PgRebuildBatch {
  facts: string;
  copy: Record<RefilledTable, Uint8Array>;
  terms: string[];
}

/** The tables a rebuild refills with COPY (see PgIndexRebuild). */
export type RefilledTable = 'match' | 'lexicon' | 'text';
export const REFILLED_TABLES: readonly RefilledTable[] = ['match', 'lexicon', 'text'];

/** Rows in listing id order: concurrent writers of the live tables then lock alike, and cannot deadlock. */
const byListingId = (a: Pick<PgDocumentRow, 'listing_id'>, b: Pick<PgDocumentRow, 'listing_id'>) => (a.listing_id < b.listing_id ? -1 : 1);

function pgDocuments(documents: readonly ListingDocument[], analysis: DocumentAnalysis) {
  const converted = documents.map((document) => toPgDocumentRow(document, analysis)).sort((a, b) => byListingId(a.row, b.row));
  return { rows: converted.map(({ row }) => row), terms: [...new Set(converted.flatMap(({ terms }) => terms))].sort() };
}

export function documentBatch(documents: readonly ListingDocument[], analysis: DocumentAnalysis): PgDocumentBatch {
  const { rows, terms } = pgDocuments(documents, analysis);
  return { rows: JSON.stringify(rows.map(jsonDocumentRow)), terms };
}

const typed = (columns: (keyof PgDocumentRow)[]): CopyBinaryColumns<keyof PgDocumentRow> => columns.map((column) => [column, PG_DOCUMENT_TYPES[column]]);
const COPY_COLUMNS: Record<RefilledTable, CopyBinaryColumns<keyof PgDocumentRow>> = {
  match: typed(TABLE_COLUMNS.match), lexicon: typed(TABLE_COLUMNS.lexicon), text: typed(TABLE_COLUMNS.text),
};

/**
 * Each document's row is written into the three tables' COPY data as soon as it is made, not kept to
 * the end of the batch: short-lived, it costs the garbage collector next to nothing.
 */
export function rebuildBatch(documents: readonly ListingDocument[], analysis: DocumentAnalysis): PgRebuildBatch {
  const copies = { match: new CopyBinaryWriter(COPY_COLUMNS.match), lexicon: new CopyBinaryWriter(COPY_COLUMNS.lexicon), text: new CopyBinaryWriter(COPY_COLUMNS.text) };
  const facts: Pick<PgDocumentRow, 'listing_id'>[] = [];
  const terms = new Set<string>();
  for (const document of documents) {
    const { row, terms: words } = toPgDocumentRow(document, analysis);
    for (const table of REFILLED_TABLES) copies[table].row(row);
    facts.push(Object.fromEntries(TABLE_COLUMNS.facts.map((column) => [column, row[column]])) as Pick<PgDocumentRow, 'listing_id'>);
    for (const word of words) terms.add(word);
  }
  facts.sort(byListingId);
  return { facts: JSON.stringify(facts), copy: { match: copies.match.end(), lexicon: copies.lexicon.end(), text: copies.text.end() }, terms: [...terms].sort() };
}

/** rebuildBatch for a rebuild's worker threads, its COPY data handed over without a copy. */
export const PG_REBUILD_TASK: AnalysisTask<readonly ListingDocument[], PgRebuildBatch> = {
  module: import.meta.url, name: 'PG_REBUILD_TASK', run: rebuildBatch, transfer: (batch) => Object.values(batch.copy).map((bytes) => bytes.buffer as ArrayBuffer),
};

/** Writes a batch into the engine's live document tables in one statement, the facts synced (see writeFacts). */
export async function writeDocuments(query: SqlRunner, tables: EngineTables, batch: PgDocumentBatch): Promise<void> {
  await query(
    `WITH r AS MATERIALIZED (${ROWS}),
       facts AS (${insertInto(tables.facts, TABLE_COLUMNS.facts, 'sync')}),
       match AS (${insertInto(tables.match, TABLE_COLUMNS.match, 'upsert')}),
       lexicon AS (${insertInto(tables.lexicon, TABLE_COLUMNS.lexicon, 'upsert')})
     ${insertInto(tables.text, TABLE_COLUMNS.text, 'upsert')}`,
    [batch.rows],
  );
}

/**
 * Brings the facts of a batch (JSON rows) up to date, writing only rows that differ. They need no
 * analysis, so a rebuild syncs the live table in place instead of refilling a copy, and its two
 * spatial indexes — the costliest to build, cube has no sorted build — are never rebuilt.
 */
export async function writeFacts(query: SqlRunner, table: string, facts: string): Promise<void> {
  await query(`WITH r AS (${ROWS}) ${insertInto(table, TABLE_COLUMNS.facts, 'sync')}`, [facts]);
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

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

/** The columns a row's listing_id keys. */
const valuesOf = (columns: string[]) => columns.filter((c) => c !== 'listing_id');
/** `SET` of `columns` from the row `source` (EXCLUDED of an upsert, the source of a merge). */
const assignFrom = (columns: string[], source: string) => columns.map((c) => `${c} = ${source}.${c}`).join(', ');
/** The row `source` has a value in `columns` that the stored row t has not. */
const differsFrom = (columns: string[], source: string) =>
  `(${columns.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${columns.map((c) => `${source}.${c}`).join(', ')})`;

function insertInto(table: string, columns: string[], mode: TableWrite): string {
  const list = columns.join(', ');
  const values = valuesOf(columns);
  const replace = `ON CONFLICT (listing_id) DO UPDATE SET ${assignFrom(values, 'EXCLUDED')}`;
  return `INSERT INTO ${table} AS t (${list}) SELECT ${list} FROM r ${replace} ${mode === 'sync' ? `WHERE ${differsFrom(values, 'EXCLUDED')}` : ''}`;
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

/** The tables a rebuild refills with COPY (see PgIndexRebuild). */
export type RefilledTable = 'match' | 'lexicon' | 'text';
export const REFILLED_TABLES: readonly RefilledTable[] = ['match', 'lexicon', 'text'];

/** What a rebuild loads with COPY: the refilled tables, and the facts, staged to be merged into the live table (see mergeFacts). */
export type RebuildLoad = RefilledTable | 'facts';
const REBUILD_LOADS: readonly RebuildLoad[] = [...REFILLED_TABLES, 'facts'];

/** A batch as a rebuild writes it: binary COPY data of each load, and the batch's words for the typo vocabulary. */
export interface PgRebuildBatch {
  copy: Record<RebuildLoad, Uint8Array>;
  terms: string[];
}

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
/** Each load's columns, typed for a binary COPY. */
const COPY_COLUMNS: Record<RebuildLoad, CopyBinaryColumns<keyof PgDocumentRow>> = {
  match: typed(TABLE_COLUMNS.match), lexicon: typed(TABLE_COLUMNS.lexicon), text: typed(TABLE_COLUMNS.text), facts: typed(TABLE_COLUMNS.facts),
};

/**
 * Each document's row is written into every load's COPY data as soon as it is made, not kept to the
 * end of the batch: short-lived, it costs the garbage collector next to nothing.
 */
export function rebuildBatch(documents: readonly ListingDocument[], analysis: DocumentAnalysis): PgRebuildBatch {
  const copies = {} as Record<RebuildLoad, CopyBinaryWriter<PgDocumentRow>>;
  for (const load of REBUILD_LOADS) copies[load] = new CopyBinaryWriter(COPY_COLUMNS[load]);
  const terms = new Set<string>();
  for (const document of documents) {
    const { row, terms: words } = toPgDocumentRow(document, analysis);
    for (const load of REBUILD_LOADS) copies[load].row(row);
    for (const word of words) terms.add(word);
  }
  const copy = {} as Record<RebuildLoad, Uint8Array>;
  for (const load of REBUILD_LOADS) copy[load] = copies[load].end();
  return { copy, terms: [...terms].sort() };
}

/** rebuildBatch for a rebuild's worker threads, its COPY data handed over without a copy. */
export const PG_REBUILD_TASK: AnalysisTask<readonly ListingDocument[], PgRebuildBatch> = {
  module: import.meta.url, name: 'PG_REBUILD_TASK', run: rebuildBatch, transfer: (batch) => Object.values(batch.copy).map((bytes) => bytes.buffer as ArrayBuffer),
};

/** Writes a batch into the engine's live document tables in one statement, the facts synced (only rows that differ are written). */
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
 * Brings the live facts to what `staged` holds (every searchable listing's, as a rebuild read them):
 * adds the new, rewrites only rows that differ, deletes those of listings not staged. Facts need no
 * analysis, so a rebuild merges them in place instead of refilling a copy, and the table's two
 * spatial indexes — the costliest to build, cube has no sorted build — are never rebuilt. Two
 * statements over two tables (hash joins) where a statement per batch probed the key of every row:
 * at 800 000 listings 20 s of the server's CPU, of which JSON parsing was a good part. (MERGE's
 * `WHEN NOT MATCHED BY SOURCE` would delete in the same statement, but needs PostgreSQL 17.)
 */
export async function mergeFacts(query: SqlRunner, table: string, staged: string): Promise<void> {
  const columns = TABLE_COLUMNS.facts;
  const values = valuesOf(columns);
  await query(`MERGE INTO ${table} AS t USING ${staged} AS r ON t.listing_id = r.listing_id
    WHEN MATCHED AND ${differsFrom(values, 'r')} THEN UPDATE SET ${assignFrom(values, 'r')}
    WHEN NOT MATCHED THEN INSERT (${columns.join(', ')}) VALUES (${columns.map((c) => `r.${c}`).join(', ')})`);
  await query(`DELETE FROM ${table} AS t WHERE NOT EXISTS (SELECT 1 FROM ${staged} AS r WHERE r.listing_id = t.listing_id)`);
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

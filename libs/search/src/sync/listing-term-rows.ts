import { CopyBinaryWriter, type CopyBinaryColumns } from '@chainmatch/database';
import type { ListingDocument } from '../engine/listing-document.js';
import type { DocumentAnalysis } from '../text/analysed-listing.js';
import type { AnalysisTask } from '../text/analysis-pool.js';
import { listingTerms, type OfferKeys } from '../text/listing-terms.js';

export const TERMS_TABLE = 'search_listing_terms';
type TermRow = ReturnType<typeof termRow>;
/** The table's columns with their types: as jsonb_to_recordset reads the rows termRows writes, and as termCopyRows writes them. */
const COLUMN_TYPES: CopyBinaryColumns<keyof TermRow> = [
  ['listing_id', 'uuid'], ['kind', 'text'], ['segment_id', 'text'], ['valid_until', 'timestamptz'], ['title', 'text[]'], ['qualifiers', 'text[]'],
  ['keywords', 'text[]'], ['description', 'text[]'], ['incidental', 'text[]'], ['breadth', 'int2'], ['products', 'jsonb'], ['offered_in', 'text[]'],
];
export const TERM_COLUMNS = COLUMN_TYPES.map(([column]) => column);
const NAMES = TERM_COLUMNS.join(', ');
const COLUMNS = COLUMN_TYPES.map(([column, type]) => `${column} ${type}`).join(', ');

/**
 * An offer's key with its segment ("nev.battery_materials @g:nev.lfp"): counting the offers of a
 * product in the segments able to supply a need is then one GIN lookup of these keys.
 */
export const segmentKey = (segmentId: string, key: string) => `${segmentId} ${key}`;

const UPDATES = TERM_COLUMNS.slice(1).map((name) => `${name} = EXCLUDED.${name}`).join(', ');
/** Stores rows made by termRows (the statement's one parameter), replacing a listing's earlier ones. */
export const UPSERT_TERMS_SQL = `INSERT INTO ${TERMS_TABLE} (${NAMES}) SELECT ${NAMES} FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})
  ON CONFLICT (listing_id) DO UPDATE SET ${UPDATES}`;

/** A listing's row of search_listing_terms: an offer keeps its keys per field, a need its product terms. */
function termRow(document: ListingDocument, analysis: DocumentAnalysis) {
  const { products, offer } = listingTerms(document, analysis);
  return {
    listing_id: document.id, kind: document.kind, segment_id: document.segmentId, valid_until: document.validUntil,
    ...offer, products, offered_in: offeredIn(document.segmentId, offer),
  };
}

/** The scoring terms of a batch as rows for search_listing_terms (JSON text, in id order so that concurrent writers lock alike). */
export function termRows(documents: readonly ListingDocument[], analysis: DocumentAnalysis): string {
  return JSON.stringify([...documents].sort((a, b) => (a.id < b.id ? -1 : 1)).map((document) => termRow(document, analysis)));
}

/** The scoring terms of a batch as binary COPY data of TERM_COLUMNS, for a TableLoad. */
export function termCopyRows(documents: readonly ListingDocument[], analysis: DocumentAnalysis): Uint8Array {
  const rows = new CopyBinaryWriter(COLUMN_TYPES);
  for (const document of documents) rows.row(termRow(document, analysis));
  return rows.end();
}

/**
 * The segment keys of an offer's title and keywords, each once (supported keywords mostly repeat the
 * title's); none (null) when it names nothing, as a need's empty keys do.
 */
function offeredIn(segmentId: string, offer: OfferKeys): string[] | null {
  const keys = new Set([...offer.title, ...offer.keywords]);
  return keys.size > 0 ? [...keys].map((key) => segmentKey(segmentId, key)) : null;
}

/** termCopyRows for a rebuild's worker threads, its COPY data handed over without a copy. */
export const TERM_COPY_TASK: AnalysisTask<readonly ListingDocument[], Uint8Array> = {
  module: import.meta.url, name: 'TERM_COPY_TASK', run: termCopyRows, transfer: (bytes) => [bytes.buffer as ArrayBuffer],
};

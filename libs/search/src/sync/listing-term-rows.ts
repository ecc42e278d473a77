import type { ListingDocument } from '../engine/listing-document.js';
import type { DocumentAnalysis } from '../text/analysed-listing.js';
import type { AnalysisTask } from '../text/analysis-pool.js';
import { listingTerms, NO_OFFER_KEYS, type OfferKeys } from '../text/listing-terms.js';

export const TERMS_TABLE = 'search_listing_terms';
/** The table's columns as jsonb_to_recordset reads the rows termRows writes. */
const COLUMNS = `listing_id uuid, kind text, segment_id text, valid_until timestamptz, title text[], qualifiers text[], keywords text[], description text[],
  incidental text[], breadth smallint, products jsonb, offered_in text[]`;
const NAMES = 'listing_id, kind, segment_id, valid_until, title, qualifiers, keywords, description, incidental, breadth, products, offered_in';

/**
 * An offer's key with its segment ("nev.battery_materials @g:nev.lfp"): counting the offers of a
 * product in the segments able to supply a need is then one GIN lookup of these keys.
 */
export const segmentKey = (segmentId: string, key: string) => `${segmentId} ${key}`;

/** Stores rows made by termRows (the statement's one parameter) into `table`, replacing a listing's earlier ones on 'upsert'. */
export function insertTermsSql(table: string, mode: 'upsert' | 'insert'): string {
  const updates = NAMES.split(', ').slice(1).map((name) => `${name} = EXCLUDED.${name}`).join(', ');
  return `INSERT INTO ${table} (${NAMES}) SELECT ${NAMES} FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})
    ${mode === 'upsert' ? `ON CONFLICT (listing_id) DO UPDATE SET ${updates}` : ''}`;
}

/**
 * The scoring terms of a batch as rows for search_listing_terms (JSON text, in id order so that
 * concurrent writers lock alike): an offer keeps its keys per field, a need its product terms.
 */
export function termRows(documents: readonly ListingDocument[], analysis: DocumentAnalysis): string {
  const rows = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1)).map((document) => {
    const { products, offer } = listingTerms(document, analysis);
    return {
      listing_id: document.id, kind: document.kind, segment_id: document.segmentId, valid_until: document.validUntil,
      ...(document.kind === 'SUPPLY' ? offer : NO_OFFER_KEYS), products: document.kind === 'DEMAND' ? products : [],
      offered_in: document.kind === 'SUPPLY' ? offeredIn(document.segmentId, offer) : null,
    };
  });
  return JSON.stringify(rows);
}

/** The segment keys of an offer's title and keywords; none (null) when it names nothing. */
function offeredIn(segmentId: string, offer: OfferKeys): string[] | null {
  const keys = [...offer.title, ...offer.keywords].map((key) => segmentKey(segmentId, key));
  return keys.length > 0 ? keys : null;
}

/** termRows for a rebuild's worker threads. */
export const TERM_ROWS_TASK: AnalysisTask<readonly ListingDocument[], string> = { module: import.meta.url, name: 'termRows', run: termRows };

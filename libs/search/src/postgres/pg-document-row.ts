import { fingerprintOf, type ListingDocument } from '../engine/listing-document.js';
import type { SearchFilters } from '../engine/search-engine.port.js';
import { analyseListing, keywordsBySupport, wordsAndGroups, type AnalysedListing, type DocumentAnalysis } from '../text/analysed-listing.js';
import { isGroupLexeme } from '../text/term-vocabulary.js';
import { isTypoCandidate } from '../text/token-normalizer.js';
import type { CopyBinaryType, TsVector } from '@chainmatch/database';
import { tsVector, tsVectorLiteral, type WeightedText } from './tsvector-literal.js';

/** The values of one document for the engine tables (see PG_DOCUMENT_TYPES). */
export interface PgDocumentRow {
  listing_id: string;
  kind: string;
  chain_id: string;
  segment_id: string;
  province: number;
  city: number;
  verified: boolean;
  lat: number | null;
  lng: number | null;
  created_at: string;
  valid_until: string;
  rank_tsv: TsVector;
  tsv: TsVector;
  lexicon_tsv: TsVector;
  title: string;
  description: string;
  keywords: string[];
  fingerprint: string;
}

/** A document as the engine stores it: its row, and its words for the typo vocabulary. */
export interface PgDocument {
  row: PgDocumentRow;
  terms: string[];
}

/** Each value's PostgreSQL type, for a binary COPY and for json_to_recordset. */
export const PG_DOCUMENT_TYPES: Record<keyof PgDocumentRow, CopyBinaryType> = {
  listing_id: 'uuid', kind: 'text', chain_id: 'text', segment_id: 'text', province: 'int4', city: 'int4', verified: 'bool',
  lat: 'float8', lng: 'float8', created_at: 'timestamptz', valid_until: 'timestamptz',
  rank_tsv: 'tsvector', tsv: 'tsvector', lexicon_tsv: 'tsvector', title: 'text', description: 'text', keywords: 'text[]', fingerprint: 'text',
};

/** The row as json_to_recordset reads it (see PG_DOCUMENT_TYPES): its vectors in tsvector's input syntax. */
export function jsonDocumentRow(row: PgDocumentRow): Record<keyof PgDocumentRow, unknown> {
  return { ...row, rank_tsv: tsVectorLiteral(row.rank_tsv), tsv: tsVectorLiteral(row.tsv), lexicon_tsv: tsVectorLiteral(row.lexicon_tsv) };
}

type Taggable = Pick<ListingDocument, 'kind' | 'chainId' | 'segmentId' | 'provinceAdcode' | 'cityAdcode' | 'verified'>;

/**
 * Filter values as lexemes of the text vector, so a text query and its filters are answered by one
 * GIN scan. The leading # keeps them apart from words: normalised tokens never start with one.
 */
export function filterLexemes(document: Taggable): string[] {
  const lexemes = [
    `#kind:${document.kind}`, `#chain:${document.chainId}`, `#segment:${document.segmentId}`,
    `#province:${document.provinceAdcode}`, `#city:${document.cityAdcode}`,
  ];
  return document.verified ? [...lexemes, '#verified'] : lexemes;
}

/** The filters as tsquery terms: each inner list is one term, matched by any of its lexemes. */
export function filterTerms(filters: SearchFilters): string[][] {
  const anyOf = (prefix: string, values: string[] | undefined) => (values?.length ? [values.map((value) => `#${prefix}:${value}`)] : []);
  return [
    ...(filters.kind ? [[`#kind:${filters.kind}`]] : []),
    ...(filters.verifiedOnly ? [['#verified']] : []),
    ...anyOf('chain', filters.chainIds),
    ...anyOf('segment', filters.segmentIds),
    ...anyOf('province', filters.provinceAdcodes),
    ...anyOf('city', filters.cityAdcodes),
  ];
}

/**
 * Ranking reads one level per word: title (A) above keywords (B) above description (C: its lexicon
 * terms; its other words rank as "somewhere in the text") above the enterprise's name (D). A keyword
 * that neither title nor description supports ranks as description: a list of other products'
 * names cannot lift a listing to their level.
 */
function rankFields(listing: AnalysedListing, names: string[]): WeightedText[] {
  const { supported, unsupported } = keywordsBySupport(listing);
  return [
    { tokens: wordsAndGroups([listing.title]), weight: 'A' },
    { tokens: wordsAndGroups(supported), weight: 'B' },
    { tokens: [...wordsAndGroups(unsupported), ...listing.description.groups], weight: 'C' },
    { tokens: names, weight: 'D' },
  ];
}

/**
 * The vector of search_listing_lexicon: the groups (each at its rank field, as in rank_tsv) and the
 * filter values, enough to match and rank a search whose terms are all lexicon terms.
 */
function lexiconVector(ranked: WeightedText[], filters: string[]): TsVector {
  return tsVector(ranked.map(({ tokens, weight }) => ({ tokens: tokens.filter(isGroupLexeme), weight })), filters);
}

/**
 * Segments the text. Only what the listing says — title, keywords, description — decides whether it
 * matches; a word found only in the enterprise's or the segment's name is no hit (see rankFields for
 * how well). Returns the row and the words for the typo vocabulary.
 */
export function toPgDocumentRow(document: ListingDocument, analysis: DocumentAnalysis): PgDocument {
  const listing = analyseListing(document, analysis);
  const names = [document.enterpriseNameZh, document.enterpriseNameEn].flatMap((name) => (name ? analysis.analyzer.indexTokens(name) : []));
  const ranked = rankFields(listing, names);
  const words = wordsAndGroups([listing.title, ...listing.keywords, listing.description]);
  const filters = filterLexemes(document);
  const row: PgDocumentRow = {
    listing_id: document.id,
    kind: document.kind,
    chain_id: document.chainId,
    segment_id: document.segmentId,
    province: Number(document.provinceAdcode),
    city: Number(document.cityAdcode),
    verified: document.verified,
    lat: document.location?.lat ?? null,
    lng: document.location?.lng ?? null,
    created_at: document.createdAt,
    valid_until: document.validUntil,
    rank_tsv: tsVector(ranked),
    tsv: tsVector([], words, filters),
    lexicon_tsv: lexiconVector(ranked, filters),
    title: document.title,
    description: document.description,
    keywords: document.keywords,
    fingerprint: fingerprintOf(document),
  };
  const terms = [...new Set(words.filter(isTypoCandidate))];
  return { row, terms };
}

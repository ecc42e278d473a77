import { fingerprintOf, type ListingDocument } from '../engine/listing-document.js';
import type { SearchFilters } from '../engine/search-engine.port.js';
import type { TextAnalyzer } from '../text/text-analyzer.js';
import { isTypoCandidate } from '../text/token-normalizer.js';
import { lexemesLiteral, tsvectorLiteral } from './tsvector-literal.js';

/** The values of one document for the three engine tables, as passed to jsonb_to_recordset (see PG_DOCUMENT_COLUMNS). */
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
  rank_tsv: string;
  tsv: string;
  title: string;
  description: string;
  keywords: string[];
  fingerprint: string;
}

export const PG_DOCUMENT_COLUMNS = `listing_id uuid, kind text, chain_id text, segment_id text, province int, city int,
  verified boolean, lat double precision, lng double precision, created_at timestamptz, valid_until timestamptz,
  rank_tsv tsvector, tsv tsvector, title text, description text, keywords text[], fingerprint text`;

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
 * Segments the text. Everything (title, keywords, description, segment and enterprise names)
 * decides whether a listing matches; title (weight A) and keywords (B) decide how well.
 * Returns the row and the words for the typo vocabulary.
 */
export function toPgDocumentRow(document: ListingDocument, analyzer: TextAnalyzer): { row: PgDocumentRow; terms: string[] } {
  const tokens = (text: string | null) => (text ? analyzer.indexTokens(text) : []);
  // Not the chain's name: every listing of the chain would match it (and its synonyms, 集成电路 = 芯片 …).
  const names = [document.segmentNameZh, document.segmentNameEn, document.enterpriseNameZh, document.enterpriseNameEn];
  const ranked = [
    { tokens: tokens(document.title), weight: 'A' as const },
    ...document.keywords.map((keyword) => ({ tokens: tokens(keyword), weight: 'B' as const })),
  ];
  const words = [...ranked.flatMap((field) => field.tokens), ...names.flatMap(tokens), ...tokens(document.description)];
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
    rank_tsv: tsvectorLiteral(ranked),
    tsv: lexemesLiteral([...words, ...filterLexemes(document)]),
    title: document.title,
    description: document.description,
    keywords: document.keywords,
    fingerprint: fingerprintOf(document),
  };
  const terms = [...new Set(words.filter(isTypoCandidate))];
  return { row, terms };
}

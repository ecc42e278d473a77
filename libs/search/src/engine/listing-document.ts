import { hash } from 'node:crypto';

export interface GeoLocation {
  lat: number;
  lng: number;
}

/**
 * What the search index holds for one searchable (ACTIVE, in-date) listing, the same for every
 * engine. Built from the database by the sync worker; never edited in the index directly.
 */
export interface ListingDocument {
  id: string;
  kind: 'SUPPLY' | 'DEMAND';
  title: string;
  description: string;
  keywords: string[];
  chainId: string;
  chainNameZh: string;
  chainNameEn: string;
  segmentId: string;
  segmentNameZh: string;
  segmentNameEn: string;
  provinceAdcode: string;
  cityAdcode: string;
  countyAdcode: string;
  enterpriseId: string;
  enterpriseNameZh: string;
  enterpriseNameEn: string | null;
  verified: boolean;
  /** GCJ-02, like every point in ChainMatch. */
  location: GeoLocation | null;
  /** ISO 8601 instants. */
  createdAt: string;
  validUntil: string;
  /** The listing's version when the document was built. */
  version: number;
}

/** Keywords beyond this many (after removing repeats) are not indexed: a list stuffed with other products' names counts once. */
export const MAX_KEYWORDS = 10;

/** The first MAX_KEYWORDS keywords, trimmed, repeats (in any case or width) removed: what every engine indexes. */
export function distinctKeywords(keywords: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const keyword of keywords) {
    const key = keyword.normalize('NFKC').toLowerCase().trim();
    if (key !== '' && !seen.has(key)) seen.set(key, keyword.trim());
  }
  return [...seen.values()].slice(0, MAX_KEYWORDS);
}

/** Keys in a fixed order, so that equal documents always print (and hash) the same. */
const FIELD_ORDER: (keyof ListingDocument)[] = [
  'id', 'kind', 'title', 'description', 'keywords', 'chainId', 'chainNameZh', 'chainNameEn', 'segmentId', 'segmentNameZh',
  'segmentNameEn', 'provinceAdcode', 'cityAdcode', 'countyAdcode', 'enterpriseId', 'enterpriseNameZh', 'enterpriseNameEn',
  'verified', 'location', 'createdAt', 'validUntil', 'version',
];

/**
 * A short hash of the document's content, stored with it in the index: `index:verify` compares the
 * hash of what the database says now with what the index holds, without reading whole documents.
 */
export function fingerprintOf(document: ListingDocument): string {
  const values = FIELD_ORDER.map((key) => document[key]);
  return hash('sha256', JSON.stringify(values), 'base64url').slice(0, 22);
}

/** A document's id and fingerprint as an engine reports them. */
export interface DocumentFingerprint {
  id: string;
  fingerprint: string;
}

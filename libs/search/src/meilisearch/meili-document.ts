import { fingerprintOf, type ListingDocument } from '../engine/listing-document.js';

/** A listing document as stored in Meilisearch: dates as epoch milliseconds (filterable, sortable), the point as `_geo`. */
export interface MeiliDocument extends Omit<ListingDocument, 'location' | 'createdAt' | 'validUntil'> {
  /** Absent without a location (Meilisearch wants an object or nothing). */
  _geo?: { lat: number; lng: number };
  createdAt: number;
  validUntil: number;
  fingerprint: string;
}

export function toMeiliDocument(document: ListingDocument): MeiliDocument {
  const { location, createdAt, validUntil, ...rest } = document;
  return {
    ...rest,
    ...(location && { _geo: { lat: location.lat, lng: location.lng } }),
    createdAt: Date.parse(createdAt),
    validUntil: Date.parse(validUntil),
    fingerprint: fingerprintOf(document),
  };
}

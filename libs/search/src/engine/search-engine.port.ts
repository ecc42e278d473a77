import type { DocumentFingerprint, ListingDocument } from './listing-document.js';

/** Injection token of the configured engine. */
export const SEARCH_ENGINE = Symbol('SearchEngine');

export type SearchSort = 'RELEVANCE' | 'NEWEST' | 'DISTANCE';

/**
 * Matches an engine counts, ranks and pages through for one text search, at most (Meilisearch's
 * maxTotalHits). A query matching more is too broad to read further; its total says 10 000.
 */
export const MAX_TOTAL_HITS = 10_000;
export const FACET_NAMES = ['kind', 'chain', 'segment', 'province', 'city'] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface SearchNear {
  lat: number;
  lng: number;
  /** Only listings within this great-circle distance; unset: no limit (for sorting by distance). */
  radiusKm?: number;
}

/** AND across fields, OR within one list. Empty or unset lists do not filter. */
export interface SearchFilters {
  kind?: 'SUPPLY' | 'DEMAND';
  chainIds?: string[];
  segmentIds?: string[];
  provinceAdcodes?: string[];
  cityAdcodes?: string[];
  verifiedOnly?: boolean;
  near?: SearchNear;
}

export interface SearchRequest {
  /** Free text in Chinese and/or English; empty: every listing that passes the filters. */
  text?: string;
  filters: SearchFilters;
  sort: SearchSort;
  offset: number;
  limit: number;
  /**
   * ALL_THEN_MOST (the default): every term first; when that finds fewer than `limit`, the lightest
   * terms are dropped one by one (see searchRelaxing). ALL: every term, whatever it finds.
   */
  matching?: 'ALL' | 'ALL_THEN_MOST';
  /** Compute facet counts (over every match, not just the page). */
  facets?: boolean;
  /**
   * The caller reads the hits' ids in order and nothing else (matching retrieving candidates to
   * score itself): hits come without highlights, scores may be 0, and an engine that counts in a
   * statement of its own may skip it — `total` is then at least the number of hits.
   */
  idsOnly?: boolean;
  /** The instant documents must still be valid at; defaults to now. */
  now?: Date;
}

export interface TextRange {
  /** In UTF-16 code units of `text`, as JavaScript strings count. */
  start: number;
  length: number;
}

/** A field of a hit with the parts that matched the query, cropped around them for long text. */
export interface Highlight {
  field: 'title' | 'description' | 'keywords';
  text: string;
  ranges: TextRange[];
}

export interface SearchHit {
  id: string;
  /** Relevance in [0, 1], comparable within one result list only; 1 without text. */
  score: number;
  highlights: Highlight[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export type FacetCounts = Record<FacetName, FacetCount[]>;

/** A stretch of the query read as the domain word it sounds like (封装侧试 → 封装测试). */
export interface QueryCorrection {
  typed: string;
  word: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets?: FacetCounts;
  /** Terms of the query that the hits need not have: strict matching found too little (as typed). */
  droppedTerms: string[];
  corrections: QueryCorrection[];
}

export interface EngineHealth {
  engine: string;
  status: 'up' | 'down';
  detail?: string;
}

/** What changed when the engine's settings were compared with the ones declared in code. */
export interface SettingsReport {
  changed: string[];
}

/** A fresh index being filled; nothing is visible to searches until `commit` swaps it in. */
export interface IndexRebuild {
  upsert(documents: ListingDocument[]): Promise<void>;
  /** Atomically replaces the live index with this one. */
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * The search engine port. The domain talks to this only; each engine (PostgreSQL, Meilisearch)
 * implements it and passes the same contract suite. Writes are idempotent: upserting a document
 * twice or deleting a missing one is not an error, which is what lets the sync worker retry freely.
 * Documents whose `validUntil` has passed are never returned, whether or not they were deleted yet.
 */
export interface SearchEngine {
  readonly name: string;
  applySettings(): Promise<SettingsReport>;
  upsert(documents: ListingDocument[]): Promise<void>;
  delete(ids: string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
  count(): Promise<number>;
  health(): Promise<EngineHealth>;
  /** Every document's id and fingerprint, in pages. */
  fingerprints(): AsyncIterable<DocumentFingerprint[]>;
  beginRebuild(): Promise<IndexRebuild>;
  /** Releases connections; the engine is not used afterwards. */
  close(): Promise<void>;
}

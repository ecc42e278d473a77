import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ListingDocument } from '../engine/listing-document.js';
import { NO_OFFER_KEYS, type ListingTerms, type ProductTerm } from '../text/listing-terms.js';
import { SearchTextService } from '../text/search-text.service.js';
import { SEARCHABLE } from './listing-document.repository.js';

interface TermsRow {
  listing_id: string;
  title: string[];
  qualifiers: string[];
  keywords: string[];
  description: string[];
  incidental: string[];
  breadth: number;
  products: ProductTerm[];
}

const COLUMNS = `listing_id uuid, kind text, segment_id text, valid_until timestamptz, title text[], qualifiers text[], keywords text[], description text[],
  incidental text[], breadth smallint, products jsonb`;
const NAMES = 'listing_id, kind, segment_id, valid_until, title, qualifiers, keywords, description, incidental, breadth, products';

/** Which offers to count: those of the segments naming any of the keys in their title or keywords. */
export interface OfferCount {
  segmentIds: string[];
  keys: string[];
}

/**
 * The scoring terms of every searchable listing (table `search_listing_terms`), written by the
 * sync worker and the rebuild next to the engine whatever the engine, so matching never segments a
 * candidate's text. Each kind keeps what it is scored by: an offer its keys per field, a need its
 * product terms.
 */
@Injectable()
export class ListingTermsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly text: SearchTextService,
  ) {}

  /** Analyses the documents and stores their terms, in id order (concurrent writers lock alike). */
  async store(documents: readonly ListingDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const rows = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1)).map((document) => {
      const { products, offer } = this.text.terms(document);
      const keys = document.kind === 'SUPPLY' ? offer : NO_OFFER_KEYS;
      return {
        listing_id: document.id, kind: document.kind, segment_id: document.segmentId, valid_until: document.validUntil,
        ...keys, products: document.kind === 'DEMAND' ? products : [],
      };
    });
    const updates = NAMES.split(', ').slice(1).map((name) => `${name} = EXCLUDED.${name}`).join(', ');
    await this.dataSource.query(
      `INSERT INTO search_listing_terms (${NAMES}) SELECT ${NAMES} FROM jsonb_to_recordset($1::jsonb) AS r(${COLUMNS})
       ON CONFLICT (listing_id) DO UPDATE SET ${updates}`,
      [JSON.stringify(rows)],
    );
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.dataSource.query(`DELETE FROM search_listing_terms WHERE listing_id = ANY($1::uuid[])`, [[...ids].sort()]);
  }

  /** After a rebuild: the terms of listings that are no longer searchable go. */
  async prune(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM search_listing_terms t WHERE NOT EXISTS (SELECT 1 FROM listing l WHERE l.id = t.listing_id AND ${SEARCHABLE})`);
  }

  /** The stored terms of those of `ids` the index holds. */
  async read(ids: readonly string[]): Promise<Map<string, ListingTerms>> {
    if (ids.length === 0) return new Map();
    const rows: TermsRow[] = await this.dataSource.query(
      `SELECT listing_id, title, qualifiers, keywords, description, incidental, breadth, products FROM search_listing_terms WHERE listing_id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map(({ listing_id: id, products, ...offer }) => [id, { products, offer }]));
  }

  /**
   * For each request, the live offers of its segments naming one of its keys in their title or
   * keywords, counted up to `cap`: how many offers there are of a product, where only "few" matters.
   */
  async countOffers(requests: readonly OfferCount[], cap: number): Promise<number[]> {
    if (requests.length === 0) return [];
    const rows: { n: number }[] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM (SELECT 1 FROM search_listing_terms t
           WHERE t.kind = 'SUPPLY' AND search_offer_segment_keys(t.segment_id, t.title || t.keywords) && r.keys AND t.valid_until > now()
           LIMIT $2) AS found) AS n
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (keys text[])) WITH ORDINALITY AS r(keys, position)
       ORDER BY r.position`,
      [JSON.stringify(requests.map(({ segmentIds, keys }) => ({ keys: segmentIds.flatMap((segment) => keys.map((key) => `${segment} ${key}`)) }))), cap],
    );
    return rows.map((row) => row.n);
  }
}

import { listingLiveSql, listingStatusSql, ListingStatus } from '@chainmatch/listings';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { distinctKeywords, type ListingDocument } from '../engine/listing-document.js';

interface DocumentRow {
  id: string;
  kind: 'SUPPLY' | 'DEMAND';
  title: string;
  description: string;
  keywords: string[];
  chain_id: string;
  chain_name_zh: string;
  chain_name_en: string;
  segment_id: string;
  segment_name_zh: string;
  segment_name_en: string;
  province_adcode: string;
  city_adcode: string;
  county_adcode: string;
  enterprise_id: string;
  enterprise_name_zh: string;
  enterprise_name_en: string | null;
  verified: boolean;
  lat: number | null;
  lng: number | null;
  created_at: Date;
  valid_until: Date;
  version: number;
}

/** A listing is searchable while it is live (ACTIVE and inside its validity window). */
export const SEARCHABLE = listingLiveSql('l');

const DOCUMENT_SELECT = `SELECT l.id, l.kind, l.title, l.description, l.keywords,
    l.chain_id, c.name_zh AS chain_name_zh, c.name_en AS chain_name_en,
    l.segment_id, s.name_zh AS segment_name_zh, s.name_en AS segment_name_en,
    l.province_adcode, l.city_adcode, l.county_adcode,
    l.enterprise_id, e.name_zh AS enterprise_name_zh, e.name_en AS enterprise_name_en, e.verified_at IS NOT NULL AS verified,
    l.lat, l.lng, l.created_at, l.valid_until, l.version
  FROM listing l
  JOIN enterprise e ON e.id = l.enterprise_id
  JOIN segment s ON s.id = l.segment_id
  JOIN chain c ON c.id = l.chain_id`;

/** Memory of the sort that groups every searchable listing by segment (see allSearchable). */
const SORT_MEMORY = '64MB';

/** Reads listings as search documents: the database is the only source of what the index should hold. */
@Injectable()
export class ListingDocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The documents of those of `ids` that are searchable now; the others belong out of the index. */
  async searchable(ids: readonly string[]): Promise<ListingDocument[]> {
    const rows: DocumentRow[] = await this.dataSource.query(`${DOCUMENT_SELECT} WHERE l.id = ANY($1::uuid[]) AND ${SEARCHABLE}`, [ids]);
    return rows.map(toDocument);
  }

  /**
   * Every searchable listing, a page at a time, grouped by segment: a rebuilt index then stores the
   * listings of a segment side by side, and the many queries that match within one segment read
   * few pages. Pass the manager of a transaction (the cursor lives in it); REPEATABLE READ reads one
   * consistent snapshot.
   * One cursor over one sorted read: paging by key instead re-read every remaining listing of the
   * page's segments for each page (0.3 s a page at a million listings, two minutes in all).
   * Every row is read, so the plan is one for all of them (cursor_tuple_fraction 1), not the default
   * one for the first tenth, which read each segment's listings through the segment index and so the
   * whole table once a segment (800 000 listings: 11.6–14.0 s of the server's CPU). One pass and one
   * sort instead: 5.1 s. The sort carries every column (800 MB): SORT_MEMORY sorts it in some 8 runs
   * merged at once (the default 4 MB: some 200 runs, several passes), memory stays bounded.
   */
  async *allSearchable(manager: EntityManager, pageSize: number): AsyncGenerator<ListingDocument[]> {
    if (!Number.isSafeInteger(pageSize) || pageSize < 1) throw new RangeError(`page size must be a positive integer, not ${pageSize}`);
    // A cursor lives only as long as its transaction: one left open by a failure goes with it.
    await manager.query(`SET LOCAL cursor_tuple_fraction = 1`);
    await manager.query(`SET LOCAL work_mem = '${SORT_MEMORY}'`);
    await manager.query(`DECLARE search_documents NO SCROLL CURSOR FOR ${DOCUMENT_SELECT} WHERE ${SEARCHABLE} ORDER BY l.segment_id`);
    for (;;) {
      const rows: DocumentRow[] = await manager.query(`FETCH FORWARD ${pageSize} FROM search_documents`);
      if (rows.length === 0) break;
      yield rows.map(toDocument);
    }
    await manager.query('CLOSE search_documents');
  }

  /** Listings still stored ACTIVE but past their window: the sweeper will expire them; until then either state is right. */
  async expiringIds(manager: EntityManager): Promise<Set<string>> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM listing l WHERE l.status = 'ACTIVE' AND ${listingStatusSql('l', ListingStatus.EXPIRED)}`);
    return new Set(rows.map((row) => row.id));
  }
}

function toDocument(row: DocumentRow): ListingDocument {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    keywords: distinctKeywords(row.keywords),
    chainId: row.chain_id,
    chainNameZh: row.chain_name_zh,
    chainNameEn: row.chain_name_en,
    segmentId: row.segment_id,
    segmentNameZh: row.segment_name_zh,
    segmentNameEn: row.segment_name_en,
    provinceAdcode: row.province_adcode,
    cityAdcode: row.city_adcode,
    countyAdcode: row.county_adcode,
    enterpriseId: row.enterprise_id,
    enterpriseNameZh: row.enterprise_name_zh,
    enterpriseNameEn: row.enterprise_name_en,
    verified: row.verified,
    location: row.lat === null || row.lng === null ? null : { lat: row.lat, lng: row.lng },
    createdAt: row.created_at.toISOString(),
    validUntil: row.valid_until.toISOString(),
    version: row.version,
  };
}

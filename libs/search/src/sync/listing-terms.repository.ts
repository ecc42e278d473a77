import type { SqlSession } from '@chainmatch/database';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type pg from 'pg';
import type { DataSource } from 'typeorm';
import type { ListingDocument } from '../engine/listing-document.js';
import type { ListingTerms, OfferKeys, ProductTerm } from '../text/listing-terms.js';
import { SearchTextService } from '../text/search-text.service.js';
import { segmentKey, TERM_COPY_TASK, termRows, UPSERT_TERMS_SQL } from './listing-term-rows.js';
import { TermsRefill } from './terms-refill.js';

/** A stored row: the offer's keys as they are, a need's product terms, by listing. */
type TermsRow = OfferKeys & { listing_id: string; products: ProductTerm[] };

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

  /** Analyses the documents (in this thread) and stores their terms. */
  async store(documents: readonly ListingDocument[]): Promise<void> {
    if (documents.length > 0) await this.dataSource.query(UPSERT_TERMS_SQL, [termRows(documents, this.text)]);
  }

  /** Every listing's terms anew, for a rebuild (see TermsRefill). */
  beginRefill(): Promise<TermsRefill> {
    const session: SqlSession = {
      query: (text, values) => this.dataSource.query(text, values),
      transaction: (work) => this.dataSource.transaction((manager) => work((text, values) => manager.query(text, values))),
      connect: async () => {
        const runner = this.dataSource.createQueryRunner();
        const client = (await runner.connect()) as pg.ClientBase; // TypeORM's postgres driver hands out its pg client
        return { client, release: () => void runner.release() };
      },
    };
    return TermsRefill.begin(session, this.text.pool(TERM_COPY_TASK));
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await this.dataSource.query(`DELETE FROM search_listing_terms WHERE listing_id = ANY($1::uuid[])`, [[...ids].sort()]);
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
           WHERE t.kind = 'SUPPLY' AND t.offered_in && r.keys AND t.valid_until > now()
           LIMIT $2) AS found) AS n
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (keys text[])) WITH ORDINALITY AS r(keys, position)
       ORDER BY r.position`,
      [JSON.stringify(requests.map(({ segmentIds, keys }) => ({ keys: segmentIds.flatMap((segment) => keys.map((key) => segmentKey(segment, key))) }))), cap],
    );
    return rows.map((row) => row.n);
  }
}

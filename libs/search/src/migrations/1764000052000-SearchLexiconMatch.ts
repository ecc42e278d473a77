import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A narrow table for text searches whose terms are all lexicon terms (most product searches): the
 * listing's facts and one small vector of its lexicon groups (each at the best field that names it)
 * and filter values. A broad term matches ten thousand listings, which the search reads one row
 * each to count, rank and facet them; here a row is ~0.4 kB instead of ~1.7 kB in
 * search_listing_match, so the same search reads a quarter of the pages. Filled from the match
 * table's vectors, so no rebuild is needed.
 */
export class SearchLexiconMatch1764000052000 implements MigrationInterface {
  name = 'SearchLexiconMatch1764000052000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE search_listing_lexicon (
      listing_id uuid PRIMARY KEY,
      kind text NOT NULL,
      chain_id text NOT NULL,
      segment_id text NOT NULL,
      province int NOT NULL,
      city int NOT NULL,
      lat double precision,
      lng double precision,
      created_at timestamptz NOT NULL,
      valid_until timestamptz NOT NULL,
      lexicon_tsv tsvector NOT NULL)`);
    // The group lexemes (@…) with their field weights from rank_tsv, the filter lexemes (#…) from tsv.
    await queryRunner.query(`INSERT INTO search_listing_lexicon
      SELECT listing_id, kind, chain_id, segment_id, province, city, lat, lng, created_at, valid_until,
        ts_delete(rank_tsv, ARRAY(SELECT lexeme FROM unnest(rank_tsv) WHERE lexeme NOT LIKE '@%'))
          || ts_delete(tsv, ARRAY(SELECT lexeme FROM unnest(tsv) WHERE lexeme NOT LIKE '#%'))
      FROM search_listing_match ORDER BY segment_id, listing_id`);
    await queryRunner.query(`CREATE INDEX search_listing_lexicon_tsv_idx ON search_listing_lexicon USING gin (lexicon_tsv)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_listing_lexicon`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An offer's segment keys ("nev.battery_materials @g:nev.lfp", see OfferSegmentKeys) stored as a
 * column, written with the row, instead of computed by a SQL function in the index expression: the
 * function (an aggregate over unnest, never inlined) ran the SQL function executor for every offer
 * when the index was built and for every candidate row a supplier count rechecked (the index build of
 * a 1M rebuild, 237 000 offers: 22.6 → 18.4 s; the GIN of ~6 M keys is the rest). Existing rows get
 * the same keys the function gave.
 */
export class OfferSegmentKeysColumn1764000111000 implements MigrationInterface {
  name = 'OfferSegmentKeysColumn1764000111000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE search_listing_terms ADD COLUMN offered_in text[]`);
    await queryRunner.query(`DROP INDEX search_listing_terms_offered_in`);
    await queryRunner.query(`UPDATE search_listing_terms SET offered_in = search_offer_segment_keys(segment_id, title || keywords) WHERE kind = 'SUPPLY'`);
    await queryRunner.query(`CREATE INDEX search_listing_terms_offered_in ON search_listing_terms USING gin (offered_in) WHERE kind = 'SUPPLY'`);
    await queryRunner.query(`DROP FUNCTION search_offer_segment_keys(text, text[])`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION search_offer_segment_keys(segment text, keys text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_agg(segment || ' ' || k) FROM unnest(keys) AS k $$`);
    await queryRunner.query(`DROP INDEX search_listing_terms_offered_in`);
    await queryRunner.query(`CREATE INDEX search_listing_terms_offered_in ON search_listing_terms
      USING gin (search_offer_segment_keys(segment_id, title || keywords)) WHERE kind = 'SUPPLY'`);
    await queryRunner.query(`ALTER TABLE search_listing_terms DROP COLUMN offered_in`);
  }
}

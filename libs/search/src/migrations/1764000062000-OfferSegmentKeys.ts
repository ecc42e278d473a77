import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counting the live offers of a product in the segments able to supply a need: the keys of each
 * offer's title and keywords indexed together with its segment ("nev.battery_materials @g:nev.lfp"),
 * so one GIN lookup finds only offers of the product in those segments. Over the keys alone, a
 * common key (ai, @u:ic.ic) read every offer naming it, anywhere, to find the few in the segments:
 * ~20 ms a count at a million listings, and the rarer the offers the more it read.
 */
export class OfferSegmentKeys1764000062000 implements MigrationInterface {
  name = 'OfferSegmentKeys1764000062000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION search_offer_segment_keys(segment text, keys text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_agg(segment || ' ' || k) FROM unnest(keys) AS k $$`);
    await queryRunner.query(`CREATE INDEX search_listing_terms_offered_in ON search_listing_terms
      USING gin (search_offer_segment_keys(segment_id, title || keywords)) WHERE kind = 'SUPPLY'`);
    await queryRunner.query(`DROP INDEX search_listing_terms_offered`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX search_listing_terms_offered ON search_listing_terms USING gin ((title || keywords)) WHERE kind = 'SUPPLY'`);
    await queryRunner.query(`DROP INDEX search_listing_terms_offered_in`);
    await queryRunner.query(`DROP FUNCTION search_offer_segment_keys(text, text[])`);
  }
}

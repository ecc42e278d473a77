import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What matching scores a listing by, analysed once at index time (see ListingTermsRepository): an
 * offer's keys per field and a need's product terms, with the facts that count offers of a
 * product (kind, segment, validity) and a GIN index over the keys of offers' titles and keywords.
 * Listings already indexed get theirs from the rebuild requested here.
 */
export class ScoringTerms1764000061000 implements MigrationInterface {
  name = 'ScoringTerms1764000061000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE search_listing_terms (
      listing_id uuid PRIMARY KEY,
      kind varchar(6) NOT NULL CHECK (kind IN ('SUPPLY', 'DEMAND')),
      segment_id varchar(64) NOT NULL,
      valid_until timestamptz NOT NULL,
      title text[] NOT NULL,
      qualifiers text[] NOT NULL,
      keywords text[] NOT NULL,
      description text[] NOT NULL,
      incidental text[] NOT NULL,
      breadth smallint NOT NULL,
      products jsonb NOT NULL)`);
    await queryRunner.query(`CREATE INDEX search_listing_terms_offered ON search_listing_terms USING gin ((title || keywords)) WHERE kind = 'SUPPLY'`);
    await queryRunner.query(`INSERT INTO search_rebuild_request (reason) VALUES ('matching reads terms stored at index time')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_listing_terms`);
  }
}

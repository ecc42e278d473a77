import { queueColumnsSql } from '@chainmatch/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INITIAL_SYNONYM_GROUPS } from './search-synonyms.seed.js';

/**
 * Search: the change queue (filled by the triggers declared in search.triggers.ts, which
 * DeclaredSearchTriggers creates), the synonym table, and the tables of the PostgreSQL engine
 * (documents and the vocabulary for typo tolerance).
 */
export class CreateSearch1764000010000 implements MigrationInterface {
  name = 'CreateSearch1764000010000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await createChangeQueue(queryRunner);
    await createSynonyms(queryRunner);
    await createPostgresEngineTables(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION search_distance_km(double precision, double precision, double precision, double precision)`);
    await queryRunner.query(`DROP TABLE search_term, search_listing_text, search_listing_match, search_listing, search_synonym,
      search_rebuild_request, search_outbox`);
    await queryRunner.query(`DROP SEQUENCE search_outbox_seq`);
  }
}

async function createChangeQueue(queryRunner: QueryRunner): Promise<void> {
  // One row per listing with an unsynced change: a burst of changes coalesces into the row, and a
  // new `seq` tells the worker that what it read may already be out of date.
  await queryRunner.query(`CREATE SEQUENCE search_outbox_seq`);
  await queryRunner.query(`CREATE TABLE search_outbox (
    listing_id uuid PRIMARY KEY,
    ${queueColumnsSql({ table: 'search_outbox', sequence: 'search_outbox_seq' })})`);
  await queryRunner.query(`CREATE INDEX search_outbox_due_idx ON search_outbox (next_attempt_at)`);
  await queryRunner.query(`CREATE TABLE search_rebuild_request (
    id bigserial PRIMARY KEY,
    reason text NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now())`);
}

async function createSynonyms(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE TABLE search_synonym (
    term varchar(80) PRIMARY KEY,
    group_name varchar(40) NOT NULL)`);
  const rows = Object.entries(INITIAL_SYNONYM_GROUPS).flatMap(([group, terms]) => terms.map((term) => ({ term, group })));
  await queryRunner.query(`INSERT INTO search_synonym (term, group_name)
    SELECT term, "group" FROM jsonb_to_recordset($1::jsonb) AS r(term text, "group" text)`, [JSON.stringify(rows)]);
}

async function createPostgresEngineTables(queryRunner: QueryRunner): Promise<void> {
  // Written only by the sync worker, like any other engine's index. Three tables, so that each
  // query reads little: the facts that searches without text filter, sort, count and facet (about
  // 110 bytes a row, stays cached); the same facts with the text vectors for text searches; and the
  // text itself, read only for the highlights of one page.
  await queryRunner.query(`CREATE TABLE search_listing (
    listing_id uuid PRIMARY KEY,
    kind text NOT NULL,
    chain_id text NOT NULL,
    segment_id text NOT NULL,
    province int NOT NULL,
    city int NOT NULL,
    verified boolean NOT NULL,
    lat double precision,
    lng double precision,
    geo point GENERATED ALWAYS AS (point(lng, lat)) STORED,
    created_at timestamptz NOT NULL,
    valid_until timestamptz NOT NULL)`);
  await queryRunner.query(`CREATE INDEX search_listing_created_idx ON search_listing (created_at DESC, listing_id DESC)`);
  await queryRunner.query(`CREATE INDEX search_listing_geo_idx ON search_listing USING gist (geo)`);
  for (const column of ['chain_id', 'segment_id', 'province', 'city']) {
    const name = column.replace('_id', '');
    await queryRunner.query(`CREATE INDEX search_listing_${name}_idx ON search_listing (${column})`);
  }
  // tsv: every word of the listing plus its filter values (#chain:ic …), without positions — it only
  // decides what matches, in one GIN scan for text and filters. rank_tsv: title and keywords with
  // positions and weights, small enough to rank thousands of matches quickly.
  await queryRunner.query(`CREATE TABLE search_listing_match (
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
    rank_tsv tsvector NOT NULL,
    tsv tsvector NOT NULL)`);
  await queryRunner.query(`CREATE INDEX search_listing_match_tsv_idx ON search_listing_match USING gin (tsv)`);
  await queryRunner.query(`CREATE TABLE search_listing_text (
    listing_id uuid PRIMARY KEY,
    title text NOT NULL,
    description text NOT NULL,
    keywords text[] NOT NULL,
    fingerprint text NOT NULL)`);
  // Every indexed word worth correcting a typo towards; pg_trgm finds the nearest ones.
  await queryRunner.query(`CREATE TABLE search_term (term text PRIMARY KEY)`);
  await queryRunner.query(`CREATE INDEX search_term_trgm_idx ON search_term USING gin (term gin_trgm_ops)`);
  // Great-circle distance: haversine on the mean Earth radius (Meilisearch also uses haversine).
  await queryRunner.query(`CREATE FUNCTION search_distance_km(lat1 double precision, lng1 double precision,
      lat2 double precision, lng2 double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN
      2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(lat2 - lat1) / 2), 2)
        + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2))))`);
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The upsert of the listing triggers: a new change resets the retry state of a failing one. */
const ENQUEUE_CONFLICT = `ON CONFLICT (listing_id) DO UPDATE SET seq = nextval('search_outbox_seq'), changed_at = now(),
  attempts = 0, next_attempt_at = now(), last_error = NULL`;

/**
 * Renames and verification fan out after they commit. CreateSearch expanded an enterprise rename
 * into listing changes inside the renaming transaction, and locked the enterprise FOR SHARE on every
 * listing insert so the two could not interleave. Now such a change is one row in `search_fanout`
 * that the worker expands once it is committed — listings inserted meanwhile are included without
 * any lock on the insert path, and a rename stays one cheap row however many listings it concerns.
 * A TRUNCATE of listings also empties the queue: every queued change is about a listing now gone.
 */
export class SearchFanout1764000010500 implements MigrationInterface {
  name = 'SearchFanout1764000010500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE search_fanout (
      scope text NOT NULL CHECK (scope IN ('enterprise', 'segment', 'chain')),
      key text NOT NULL,
      seq bigint NOT NULL DEFAULT nextval('search_outbox_seq'),
      changed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (scope, key))`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_enqueue_listings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO search_outbox (listing_id) SELECT DISTINCT id FROM old_rows ORDER BY 1 ${ENQUEUE_CONFLICT};
        ELSE
          INSERT INTO search_outbox (listing_id) SELECT DISTINCT id FROM new_rows ORDER BY 1 ${ENQUEUE_CONFLICT};
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_request_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM search_outbox;
        DELETE FROM search_fanout;
        INSERT INTO search_rebuild_request (reason) VALUES (TG_TABLE_NAME || ' truncated');
        RETURN NULL;
      END $$`);
    await dropRelatedTriggers(queryRunner);
    await queryRunner.query(`DROP FUNCTION search_enqueue_enterprise(), search_enqueue_taxonomy()`);
    await queryRunner.query(`CREATE FUNCTION search_enqueue_fanout() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_fanout (scope, key) VALUES (TG_ARGV[0], NEW.id::text)
          ON CONFLICT (scope, key) DO UPDATE SET seq = nextval('search_outbox_seq'), changed_at = now();
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER search_enterprise_changed AFTER UPDATE OF name_zh, name_en, verified_at ON enterprise
      FOR EACH ROW WHEN (OLD.name_zh IS DISTINCT FROM NEW.name_zh OR OLD.name_en IS DISTINCT FROM NEW.name_en
        OR (OLD.verified_at IS NULL) <> (NEW.verified_at IS NULL))
      EXECUTE FUNCTION search_enqueue_fanout('enterprise')`);
    for (const table of ['segment', 'chain']) {
      await queryRunner.query(`CREATE TRIGGER search_${table}_renamed AFTER UPDATE OF name_zh, name_en ON ${table}
        FOR EACH ROW WHEN (OLD.name_zh IS DISTINCT FROM NEW.name_zh OR OLD.name_en IS DISTINCT FROM NEW.name_en)
        EXECUTE FUNCTION search_enqueue_fanout('${table}')`);
    }
  }

  /** Back to CreateSearch's triggers (expanding inside the writing transaction, with its insert lock). */
  async down(queryRunner: QueryRunner): Promise<void> {
    await dropRelatedTriggers(queryRunner);
    await queryRunner.query(`DROP FUNCTION search_enqueue_fanout()`);
    await queryRunner.query(`DROP TABLE search_fanout`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_enqueue_listings() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          INSERT INTO search_outbox (listing_id) SELECT DISTINCT id FROM old_rows ORDER BY 1 ${ENQUEUE_CONFLICT};
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
          PERFORM 1 FROM enterprise WHERE id IN (SELECT enterprise_id FROM new_rows) ORDER BY id FOR SHARE;
        END IF;
        INSERT INTO search_outbox (listing_id) SELECT DISTINCT id FROM new_rows ORDER BY 1 ${ENQUEUE_CONFLICT};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION search_request_rebuild() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_rebuild_request (reason) VALUES (TG_TABLE_NAME || ' truncated');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION search_enqueue_enterprise() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (listing_id) SELECT id FROM listing
          WHERE enterprise_id = NEW.id AND status <> 'CLOSED' ORDER BY id ${ENQUEUE_CONFLICT};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE FUNCTION search_enqueue_taxonomy() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_outbox (listing_id) SELECT id FROM listing
          WHERE (CASE TG_TABLE_NAME WHEN 'segment' THEN segment_id ELSE chain_id END) = NEW.id AND status <> 'CLOSED'
          ORDER BY id ${ENQUEUE_CONFLICT};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER search_enterprise_changed AFTER UPDATE OF name_zh, name_en, verified_at ON enterprise
      FOR EACH ROW WHEN (OLD.name_zh IS DISTINCT FROM NEW.name_zh OR OLD.name_en IS DISTINCT FROM NEW.name_en
        OR (OLD.verified_at IS NULL) <> (NEW.verified_at IS NULL))
      EXECUTE FUNCTION search_enqueue_enterprise()`);
    for (const table of ['segment', 'chain']) {
      await queryRunner.query(`CREATE TRIGGER search_${table}_renamed AFTER UPDATE OF name_zh, name_en ON ${table}
        FOR EACH ROW WHEN (OLD.name_zh IS DISTINCT FROM NEW.name_zh OR OLD.name_en IS DISTINCT FROM NEW.name_en)
        EXECUTE FUNCTION search_enqueue_taxonomy()`);
    }
  }
}

async function dropRelatedTriggers(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`DROP TRIGGER search_enterprise_changed ON enterprise`);
  await queryRunner.query(`DROP TRIGGER search_segment_renamed ON segment`);
  await queryRunner.query(`DROP TRIGGER search_chain_renamed ON chain`);
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Renames and verification fan out after they commit: such a change is one row in `search_fanout`
 * that the worker expands once it is committed — listings inserted meanwhile are included without
 * any lock on the insert path, and a rename stays one cheap row however many listings it concerns.
 * The triggers that fill it are declared in search.triggers.ts.
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_fanout`);
  }
}

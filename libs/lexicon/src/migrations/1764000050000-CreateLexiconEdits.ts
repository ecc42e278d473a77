import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff edits of the lexicon, on top of the data files: one row per edit, never updated. The latest
 * row of a group is its current state (a deletion when `group_data` is null), so the table is both
 * the overlay and the audit trail. `revision` orders all edits, so a process can tell cheaply
 * whether its copy of the lexicon is current; `(group_id, version)` is unique, so two concurrent
 * edits of one group cannot both win.
 */
export class CreateLexiconEdits1764000050000 implements MigrationInterface {
  name = 'CreateLexiconEdits1764000050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE lexicon_edit (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      revision bigserial NOT NULL UNIQUE,
      group_id text NOT NULL,
      chain_id text NOT NULL REFERENCES chain (id),
      version int NOT NULL CHECK (version >= 1),
      action text NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE')),
      group_data jsonb,
      previous jsonb,
      affected_terms text[] NOT NULL,
      note text,
      edited_by uuid NOT NULL REFERENCES app_user (id),
      edited_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (group_id, version),
      CHECK ((action = 'DELETE') = (group_data IS NULL)))`);
    await queryRunner.query(`CREATE INDEX lexicon_edit_chain_idx ON lexicon_edit (chain_id, revision DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE lexicon_edit`);
  }
}

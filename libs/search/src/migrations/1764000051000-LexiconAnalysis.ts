import type { MigrationInterface, QueryRunner } from 'typeorm';
import { INITIAL_SYNONYM_GROUPS } from './search-synonyms.seed.js';

const ENQUEUE_FANOUT_CONFLICT = `ON CONFLICT (scope, key) DO UPDATE SET seq = nextval('search_outbox_seq'), changed_at = now()`;

/**
 * Text analysis from the lexicon. The synonym table gives way to the lexicon (libs/lexicon), whose
 * staff edits re-index the listings they concern: an edit's affected terms become `text` fan-outs,
 * which the worker expands into the listings whose text contains them. Documents are now analysed
 * differently (lexicon groups, content-only matching, field levels), so the index is rebuilt.
 */
export class LexiconAnalysis1764000051000 implements MigrationInterface {
  name = 'LexiconAnalysis1764000051000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE search_synonym`);
    await queryRunner.query(`ALTER TABLE search_fanout DROP CONSTRAINT search_fanout_scope_check`);
    await queryRunner.query(`ALTER TABLE search_fanout ADD CONSTRAINT search_fanout_scope_check CHECK (scope IN ('enterprise', 'segment', 'chain', 'text'))`);
    await queryRunner.query(`CREATE FUNCTION search_enqueue_lexicon_edit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO search_fanout (scope, key) SELECT DISTINCT 'text', lower(term) FROM unnest(NEW.affected_terms) AS term ORDER BY 2
          ${ENQUEUE_FANOUT_CONFLICT};
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER search_lexicon_edited AFTER INSERT ON lexicon_edit
      FOR EACH ROW EXECUTE FUNCTION search_enqueue_lexicon_edit()`);
    await queryRunner.query(`INSERT INTO search_rebuild_request (reason) VALUES ('text analysis now comes from the lexicon')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_lexicon_edited ON lexicon_edit`);
    await queryRunner.query(`DROP FUNCTION search_enqueue_lexicon_edit()`);
    await queryRunner.query(`DELETE FROM search_fanout WHERE scope = 'text'`);
    await queryRunner.query(`ALTER TABLE search_fanout DROP CONSTRAINT search_fanout_scope_check`);
    await queryRunner.query(`ALTER TABLE search_fanout ADD CONSTRAINT search_fanout_scope_check CHECK (scope IN ('enterprise', 'segment', 'chain'))`);
    await queryRunner.query(`CREATE TABLE search_synonym (term varchar(80) PRIMARY KEY, group_name varchar(40) NOT NULL)`);
    const rows = Object.entries(INITIAL_SYNONYM_GROUPS).flatMap(([group, terms]) => terms.map((term) => ({ term, group })));
    await queryRunner.query(`INSERT INTO search_synonym (term, group_name)
      SELECT term, "group" FROM jsonb_to_recordset($1::jsonb) AS r(term text, "group" text)`, [JSON.stringify(rows)]);
  }
}

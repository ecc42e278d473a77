import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listings indexed before are analysed again by the rebuild requested here: the lexicon's files
 * gained online COD and ammonia-nitrogen analyzers (kinds of water quality analyzer: a COD need no
 * longer takes ammonia analyzers), blood glucose test strips, and names buyers use (智能客服机器人 is
 * a chatbot, not a robot; 飞机涂装 is aircraft painting; "sludge dewatering screw press"). Until it
 * runs they are found and scored as before.
 */
export class AnalyzersAndNamesRebuild1764000131500 implements MigrationInterface {
  name = 'AnalyzersAndNamesRebuild1764000131500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO search_rebuild_request (reason) VALUES ('lexicon files: COD and ammonia analyzers, glucose strips, trade names')`);
  }

  async down(): Promise<void> {
    // A rebuild request is consumed by the rebuild; nothing to undo.
  }
}

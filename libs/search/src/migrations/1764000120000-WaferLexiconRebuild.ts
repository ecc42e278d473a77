import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lexicon's files gained 晶圆 (ic.wafer, the broader group of silicon wafers) and the SiC and
 * GaAs wafers' Chinese names: listings indexed before read 晶圆 as two loose characters. The rebuild
 * requested here analyses them again; until it runs they are found and scored as before.
 */
export class WaferLexiconRebuild1764000120000 implements MigrationInterface {
  name = 'WaferLexiconRebuild1764000120000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO search_rebuild_request (reason) VALUES ('lexicon files: 晶圆 and the wafer groups')`);
  }

  async down(): Promise<void> {
    // A rebuild request is consumed by the rebuild; nothing to undo.
  }
}

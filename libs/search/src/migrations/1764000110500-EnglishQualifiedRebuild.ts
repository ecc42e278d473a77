import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Offers indexed before English qualified products were read like the Chinese ones (12-inch epi
 * wafers: a 12-inch silicon wafer, `@q:` key) are analysed again by the rebuild requested here;
 * until it runs they are scored as before.
 */
export class EnglishQualifiedRebuild1764000110500 implements MigrationInterface {
  name = 'EnglishQualifiedRebuild1764000110500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO search_rebuild_request (reason) VALUES ('offer keys read English qualified products')`);
  }

  async down(): Promise<void> {
    // A rebuild request is consumed by the rebuild; nothing to undo.
  }
}

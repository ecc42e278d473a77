import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Listings indexed before offers' keys named qualified products (`@q:`: a 12-inch epi wafer is a
 * 12-inch wafer) and materials of their own product (the LFP of LFP cells) are analysed again by
 * the rebuild requested here; until it runs they are scored as before.
 */
export class QualifiedTermsRebuild1764000100500 implements MigrationInterface {
  name = 'QualifiedTermsRebuild1764000100500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO search_rebuild_request (reason) VALUES ('offer keys name qualified products and materials')`);
  }

  async down(): Promise<void> {
    // A rebuild request is consumed by the rebuild; nothing to undo.
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A migration that only asks for the index rebuild: listings indexed before a release changed how
 * text is read (the lexicon's files, the analysis) are analysed again when the rebuild consumes the
 * request, and until then are found and scored as before. One rebuild serves every pending request.
 * Each release's subclass names itself and gives the request's `reason`.
 */
export abstract class IndexRebuildRequest implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly reason: string;

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO search_rebuild_request (reason) VALUES ($1)`, [this.reason]);
  }

  async down(): Promise<void> {
    // A rebuild request is consumed by the rebuild; nothing to undo.
  }
}

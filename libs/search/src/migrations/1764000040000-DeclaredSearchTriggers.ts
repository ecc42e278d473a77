import { applyTriggers, dropTriggers } from '@chainmatch/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEARCH_TRIGGERS } from '../sync/search.triggers.js';

/**
 * Search's triggers as declared in search.triggers.ts (until now written into CreateSearch and
 * replaced in SearchFanout). Databases made before keep their triggers' names; the definitions are
 * replaced, and statement triggers now name their rows `changed_rows` whatever the event.
 */
export class DeclaredSearchTriggers1764000040000 implements MigrationInterface {
  name = 'DeclaredSearchTriggers1764000040000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyTriggers(queryRunner, SEARCH_TRIGGERS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTriggers(queryRunner, SEARCH_TRIGGERS);
  }
}

import { applyTriggers, dropTriggers } from '@chainmatch/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MATCH_REFRESH_TRIGGERS } from '../persistence/match-refresh.triggers.js';

/**
 * Matching's triggers as declared in match-refresh.triggers.ts (until now written into CreateMatches).
 * Databases made before keep their triggers' names; the definitions are replaced.
 */
export class DeclaredMatchRefreshTriggers1764000040100 implements MigrationInterface {
  name = 'DeclaredMatchRefreshTriggers1764000040100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await applyTriggers(queryRunner, MATCH_REFRESH_TRIGGERS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTriggers(queryRunner, MATCH_REFRESH_TRIGGERS);
  }
}

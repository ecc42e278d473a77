import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hashes of a session's rotated-out refresh tokens: presenting one of these is the reuse of a
 * leaked token (the session is closed); a token that never existed is only refused. Deleted with
 * the session.
 */
export class RecordSpentRefreshTokens1764000040200 implements MigrationInterface {
  name = 'RecordSpentRefreshTokens1764000040200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE auth_session_spent_token (
      session_id uuid NOT NULL REFERENCES auth_session(id) ON DELETE CASCADE,
      token_hash char(64) NOT NULL,
      spent_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (session_id, token_hash))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE auth_session_spent_token`);
  }
}

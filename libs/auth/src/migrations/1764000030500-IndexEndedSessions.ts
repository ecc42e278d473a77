import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The session sweeper finds ended sessions (expired or revoked) by when they ended. */
export class IndexEndedSessions1764000030500 implements MigrationInterface {
  name = 'IndexEndedSessions1764000030500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX auth_session_ended_idx ON auth_session (least(coalesce(revoked_at, 'infinity'), expires_at))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX auth_session_ended_idx`);
  }
}

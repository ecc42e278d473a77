import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRateLimitCounter1764000007000 implements MigrationInterface {
  name = 'CreateRateLimitCounter1764000007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // UNLOGGED: counters are written on every mutation and worthless after a day; skipping the WAL
    // makes them cheap, and losing them in a crash only forgives a few attempts.
    await queryRunner.query(`CREATE UNLOGGED TABLE rate_limit_counter (
      key text NOT NULL,
      window_start timestamptz NOT NULL,
      hits int NOT NULL DEFAULT 1,
      PRIMARY KEY (key, window_start))`);
    await queryRunner.query(`CREATE INDEX rate_limit_counter_window_idx ON rate_limit_counter (window_start)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE rate_limit_counter`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counters are keyed by a SHA-256 of their key (`login-failure:email:<whatever was typed>`), so a
 * key of any length costs 32 bytes in the table and its index, and no email is stored in clear.
 */
export class HashRateLimitKeys1764000030000 implements MigrationInterface {
  name = 'HashRateLimitKeys1764000030000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE rate_limit_counter ALTER COLUMN key TYPE bytea USING sha256(convert_to(key, 'UTF8'))`);
    await queryRunner.query(`ALTER TABLE rate_limit_counter RENAME COLUMN key TO key_hash`);
    await queryRunner.query(`ALTER TABLE rate_limit_counter ADD CONSTRAINT rate_limit_counter_key_hash_check CHECK (octet_length(key_hash) = 32)`);
  }

  /** The raw keys cannot be recovered: the counters (worth a window at most) start again from zero. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`TRUNCATE rate_limit_counter`);
    await queryRunner.query(`ALTER TABLE rate_limit_counter DROP CONSTRAINT rate_limit_counter_key_hash_check`);
    await queryRunner.query(`ALTER TABLE rate_limit_counter RENAME COLUMN key_hash TO key`);
    await queryRunner.query(`ALTER TABLE rate_limit_counter ALTER COLUMN key TYPE text USING encode(key, 'hex')`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Verification by alliance staff: when, and by which user (the accounts table comes later). */
export class AddEnterpriseVerification1764000004000 implements MigrationInterface {
  name = 'AddEnterpriseVerification1764000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE enterprise ADD COLUMN verified_at timestamptz(3), ADD COLUMN verified_by uuid`);
    await queryRunner.query(`CREATE INDEX enterprise_verified_idx ON enterprise (verified_at) WHERE verified_at IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE enterprise DROP COLUMN verified_by, DROP COLUMN verified_at`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1764000005000 implements MigrationInterface {
  name = 'CreateIdentity1764000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE user_role AS ENUM ('ENTERPRISE_MEMBER', 'ALLIANCE_STAFF', 'ADMIN')`);
    await queryRunner.query(`CREATE TABLE alliance (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name_zh varchar(200) NOT NULL,
      name_en varchar(200),
      chain_ids varchar(40)[] NOT NULL CHECK (cardinality(chain_ids) > 0),
      province_adcodes char(6)[] NOT NULL CHECK (cardinality(province_adcodes) > 0),
      created_at timestamptz(3) NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE TABLE app_user (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email varchar(254) NOT NULL,
      password_hash text NOT NULL,
      display_name varchar(100) NOT NULL,
      role user_role NOT NULL,
      enterprise_id uuid REFERENCES enterprise(id),
      alliance_id uuid REFERENCES alliance(id),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      disabled_at timestamptz(3),
      CHECK ((role = 'ENTERPRISE_MEMBER') = (enterprise_id IS NOT NULL)),
      CHECK ((role = 'ALLIANCE_STAFF') = (alliance_id IS NOT NULL)))`);
    await queryRunner.query(`CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email))`);
    await queryRunner.query(`CREATE INDEX app_user_enterprise_idx ON app_user (enterprise_id) WHERE enterprise_id IS NOT NULL`);
    await queryRunner.query(`CREATE TABLE auth_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
      refresh_token_hash char(64) NOT NULL,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      refreshed_at timestamptz(3),
      expires_at timestamptz(3) NOT NULL,
      revoked_at timestamptz(3))`);
    await queryRunner.query(`CREATE INDEX auth_session_user_idx ON auth_session (user_id)`);
    await queryRunner.query(`ALTER TABLE enterprise ADD CONSTRAINT enterprise_verified_by_fkey FOREIGN KEY (verified_by) REFERENCES app_user(id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE enterprise DROP CONSTRAINT enterprise_verified_by_fkey`);
    await queryRunner.query(`DROP TABLE auth_session`);
    await queryRunner.query(`DROP TABLE app_user`);
    await queryRunner.query(`DROP TABLE alliance`);
    await queryRunner.query(`DROP TYPE user_role`);
  }
}

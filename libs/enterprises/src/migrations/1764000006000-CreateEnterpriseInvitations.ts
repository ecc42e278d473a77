import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use codes with which a person joins an existing enterprise as a member. */
export class CreateEnterpriseInvitations1764000006000 implements MigrationInterface {
  name = 'CreateEnterpriseInvitations1764000006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE enterprise_invitation (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
      code_hash char(64) NOT NULL CONSTRAINT enterprise_invitation_code_key UNIQUE,
      created_by uuid NOT NULL REFERENCES app_user(id),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      expires_at timestamptz(3) NOT NULL,
      used_at timestamptz(3),
      used_by uuid REFERENCES app_user(id))`);
    await queryRunner.query(`CREATE INDEX enterprise_invitation_enterprise_idx ON enterprise_invitation (enterprise_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE enterprise_invitation`);
  }
}

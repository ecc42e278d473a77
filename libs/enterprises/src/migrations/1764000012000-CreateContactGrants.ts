import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Contacts revealed between two enterprises: by an introduction (match) or accepted interest. */
export class CreateContactGrants1764000012000 implements MigrationInterface {
  name = 'CreateContactGrants1764000012000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE contact_grant (
      viewer_enterprise_id uuid NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
      owner_enterprise_id uuid NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
      source varchar(20) NOT NULL,
      source_id uuid NOT NULL,
      granted_at timestamptz(3) NOT NULL DEFAULT now(),
      PRIMARY KEY (viewer_enterprise_id, owner_enterprise_id),
      CHECK (viewer_enterprise_id <> owner_enterprise_id))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE contact_grant`);
  }
}

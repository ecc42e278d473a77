import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Staff moderation: a listing paused by staff keeps the reason, who and when, for its owner to see. */
export class AddListingModeration1764000009000 implements MigrationInterface {
  name = 'AddListingModeration1764000009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE listing ADD COLUMN moderation_reason varchar(500),
      ADD COLUMN moderated_by uuid REFERENCES app_user(id), ADD COLUMN moderated_at timestamptz(3)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE listing DROP COLUMN moderated_at, DROP COLUMN moderated_by, DROP COLUMN moderation_reason`);
  }
}

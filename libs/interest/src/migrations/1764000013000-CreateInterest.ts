import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Expressions of interest in listings, answered by the listing's owner or expired. */
export class CreateInterest1764000013000 implements MigrationInterface {
  name = 'CreateInterest1764000013000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE interest_status AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN')`);
    await queryRunner.query(`CREATE TABLE interest (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      listing_id uuid NOT NULL REFERENCES listing(id) ON DELETE CASCADE,
      owner_enterprise_id uuid NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
      sender_enterprise_id uuid NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
      sender_user_id uuid NOT NULL REFERENCES app_user(id),
      message varchar(2000) NOT NULL,
      status interest_status NOT NULL DEFAULT 'PENDING',
      decline_reason varchar(500),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      expires_at timestamptz(3) NOT NULL,
      answered_at timestamptz(3),
      answered_by uuid REFERENCES app_user(id),
      withdrawn_at timestamptz(3),
      version int NOT NULL DEFAULT 1,
      CHECK (owner_enterprise_id <> sender_enterprise_id),
      CHECK (expires_at > created_at),
      CHECK ((status IN ('ACCEPTED', 'DECLINED')) = (answered_at IS NOT NULL)))`);
    // One open request per listing and sender: a second one waits until the first is answered,
    // withdrawn or expired (the service expires a stale one first, so the sweeper's delay never blocks).
    await queryRunner.query(`CREATE UNIQUE INDEX interest_one_pending_idx ON interest (listing_id, sender_enterprise_id) WHERE status = 'PENDING'`);
    await queryRunner.query(`CREATE INDEX interest_owner_idx ON interest (owner_enterprise_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX interest_sender_idx ON interest (sender_enterprise_id, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX interest_pending_expiry_idx ON interest (expires_at) WHERE status = 'PENDING'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE interest`);
    await queryRunner.query(`DROP TYPE interest_status`);
  }
}

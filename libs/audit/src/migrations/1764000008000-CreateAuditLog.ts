import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditLog1764000008000 implements MigrationInterface {
  name = 'CreateAuditLog1764000008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign keys: the log outlives the users and records it names, and must never make a write fail.
    await queryRunner.query(`CREATE TABLE audit_log (
      id bigserial PRIMARY KEY,
      at timestamptz(3) NOT NULL DEFAULT now(),
      actor_user_id uuid,
      actor_role text,
      action text NOT NULL,
      target_type text,
      target_id uuid,
      outcome text NOT NULL,
      reason text,
      ip text)`);
    // Every read is newest first; the filters by actor and by target keep that order.
    await queryRunner.query(`CREATE INDEX audit_log_at_idx ON audit_log (at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_user_id, at DESC, id DESC) WHERE actor_user_id IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_log`);
  }
}

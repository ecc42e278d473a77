import { queueColumnsSql } from '@chainmatch/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMatches1764000011000 implements MigrationInterface {
  name = 'CreateMatches1764000011000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE match_status AS ENUM ('SUGGESTED', 'SHORTLISTED', 'INTRODUCED', 'MEETING_HELD',
      'SAMPLE_SENT', 'ORDER_PLACED', 'NO_DEAL', 'DISMISSED', 'RETIRED')`);
    await queryRunner.query(`CREATE TABLE match (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      demand_listing_id uuid NOT NULL REFERENCES listing(id) ON DELETE CASCADE,
      supply_listing_id uuid NOT NULL REFERENCES listing(id) ON DELETE CASCADE,
      demand_enterprise_id uuid NOT NULL REFERENCES enterprise(id),
      supply_enterprise_id uuid NOT NULL REFERENCES enterprise(id),
      chain_id varchar(40) NOT NULL,
      segment_id varchar(80) NOT NULL,
      demand_province_adcode char(6) NOT NULL,
      supply_province_adcode char(6) NOT NULL,
      score numeric(5,4) NOT NULL CHECK (score >= 0 AND score <= 1),
      distance_km double precision,
      explanation jsonb NOT NULL,
      status match_status NOT NULL DEFAULT 'SUGGESTED',
      dismiss_reason varchar(40),
      no_deal_reason varchar(500),
      order_amount_cny numeric(16,2),
      version int NOT NULL DEFAULT 1,
      computed_at timestamptz(3) NOT NULL DEFAULT now(),
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      CONSTRAINT match_pair_key UNIQUE (demand_listing_id, supply_listing_id),
      CHECK (demand_enterprise_id <> supply_enterprise_id))`);
    await queryRunner.query(`CREATE INDEX match_supply_idx ON match (supply_listing_id)`);
    await queryRunner.query(`CREATE INDEX match_queue_idx ON match (status, chain_id, score DESC)`);
    await queryRunner.query(`CREATE INDEX match_demand_enterprise_idx ON match (demand_enterprise_id)`);
    await queryRunner.query(`CREATE INDEX match_supply_enterprise_idx ON match (supply_enterprise_id)`);
    await queryRunner.query(`CREATE TABLE match_event (
      id bigserial PRIMARY KEY,
      match_id uuid NOT NULL REFERENCES match(id) ON DELETE CASCADE,
      from_status match_status,
      to_status match_status NOT NULL,
      actor_user_id uuid REFERENCES app_user(id),
      note varchar(2000),
      at timestamptz(3) NOT NULL DEFAULT now())`);
    await queryRunner.query(`CREATE INDEX match_event_match_idx ON match_event (match_id, at)`);
    await createRefreshQueue(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE match_refresh`);
    await queryRunner.query(`DROP SEQUENCE match_refresh_seq`);
    await queryRunner.query(`DROP TABLE match_event`);
    await queryRunner.query(`DROP TABLE match`);
    await queryRunner.query(`DROP TYPE match_status`);
  }
}

/**
 * Listings whose suggestions must be recomputed, written by the triggers declared in
 * match-refresh.triggers.ts in the same transaction as the change, drained by the match worker under
 * leases (the same queue shape as search's outbox).
 */
async function createRefreshQueue(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE SEQUENCE match_refresh_seq`);
  await queryRunner.query(`CREATE TABLE match_refresh (
    listing_id uuid PRIMARY KEY REFERENCES listing(id) ON DELETE CASCADE,
    ${queueColumnsSql({ table: 'match_refresh', sequence: 'match_refresh_seq' })})`);
  await queryRunner.query(`CREATE INDEX match_refresh_due_idx ON match_refresh (next_attempt_at)`);
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chain insight: dated snapshots of broken-chain risk (segment × province and segment × region),
 * industrial clusters (chain × city), integration flows and chain leaders' figures, plus the chain
 * leaders staff mark. Snapshot rows name segments and cities without foreign keys: the taxonomy
 * may be edited later, and history must still read as it was computed.
 */
export class CreateInsight1764000070000 implements MigrationInterface {
  name = 'CreateInsight1764000070000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE insight_snapshot_status AS ENUM ('RUNNING', 'DONE', 'FAILED')`);
    await queryRunner.query(`CREATE TYPE insight_snapshot_trigger AS ENUM ('SCHEDULE', 'ON_DEMAND')`);
    await queryRunner.query(`CREATE TABLE insight_snapshot (
      id bigserial PRIMARY KEY,
      status insight_snapshot_status NOT NULL DEFAULT 'RUNNING',
      trigger insight_snapshot_trigger NOT NULL,
      requested_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
      started_at timestamptz(3) NOT NULL DEFAULT now(),
      taken_at timestamptz(3),
      finished_at timestamptz(3),
      steps_done int NOT NULL DEFAULT 0,
      steps_total int NOT NULL,
      current_step varchar(40),
      thresholds jsonb NOT NULL,
      error varchar(500))`);
    await queryRunner.query(`CREATE INDEX insight_snapshot_done_idx ON insight_snapshot (taken_at DESC, id DESC) WHERE status = 'DONE'`);
    await createRiskTables(queryRunner);
    await createClusterAndFlowTables(queryRunner);
    await createLeaderTables(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['insight_leader', 'chain_leader', 'insight_province_flow', 'insight_flow', 'insight_cluster', 'insight_segment_risk', 'insight_snapshot']) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
    for (const type of ['cluster_stage', 'risk_class', 'insight_snapshot_trigger', 'insight_snapshot_status']) {
      await queryRunner.query(`DROP TYPE ${type}`);
    }
  }
}

async function createRiskTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE TYPE risk_class AS ENUM ('BROKEN', 'AT_RISK', 'SINGLE_SOURCE', 'CONCENTRATED', 'THIN', 'HEALTHY', 'INACTIVE')`);
  // province_adcode NULL: the row is about the whole region.
  await queryRunner.query(`CREATE TABLE insight_segment_risk (
    id bigserial PRIMARY KEY,
    snapshot_id bigint NOT NULL REFERENCES insight_snapshot(id) ON DELETE CASCADE,
    taken_at timestamptz(3) NOT NULL,
    segment_id varchar(80) NOT NULL,
    chain_id varchar(40) NOT NULL,
    province_adcode char(6),
    risk_class risk_class NOT NULL,
    base_class risk_class NOT NULL,
    class_after_lapse risk_class NOT NULL,
    previous_class risk_class,
    severity smallint NOT NULL,
    demand_listings int NOT NULL,
    buyers int NOT NULL,
    supply_listings int NOT NULL,
    suppliers int NOT NULL,
    hhi double precision,
    top_city_adcode char(6),
    top_city_share double precision,
    lapsing_supply_listings int NOT NULL,
    supply_listings_after_lapse int NOT NULL,
    suppliers_after_lapse int NOT NULL,
    hhi_after_lapse double precision,
    top_city_share_after_lapse double precision,
    new_demand int NOT NULL,
    previous_demand int NOT NULL,
    local_supply_rate double precision,
    median_days_to_suggestion double precision,
    exposure jsonb NOT NULL DEFAULT '[]',
    CONSTRAINT insight_segment_risk_key UNIQUE NULLS NOT DISTINCT (snapshot_id, segment_id, province_adcode))`);
  await queryRunner.query(`CREATE INDEX insight_segment_risk_history_idx ON insight_segment_risk (segment_id, province_adcode, taken_at DESC, id DESC)`);
}

async function createClusterAndFlowTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE TYPE cluster_stage AS ENUM ('DISPERSED', 'EMERGING', 'GROWING', 'MATURE', 'DECLINING')`);
  await queryRunner.query(`CREATE TABLE insight_cluster (
    id bigserial PRIMARY KEY,
    snapshot_id bigint NOT NULL REFERENCES insight_snapshot(id) ON DELETE CASCADE,
    taken_at timestamptz(3) NOT NULL,
    chain_id varchar(40) NOT NULL,
    city_adcode char(6) NOT NULL,
    province_adcode char(6) NOT NULL,
    stage cluster_stage NOT NULL,
    previous_stage cluster_stage,
    enterprises int NOT NULL,
    upstream_enterprises int NOT NULL,
    midstream_enterprises int NOT NULL,
    downstream_enterprises int NOT NULL,
    live_listings int NOT NULL,
    upstream_listings int NOT NULL,
    midstream_listings int NOT NULL,
    downstream_listings int NOT NULL,
    live_listings_period_ago int NOT NULL,
    city_enterprises int NOT NULL,
    chain_region_enterprises int NOT NULL,
    region_enterprises int NOT NULL,
    location_quotient double precision,
    CONSTRAINT insight_cluster_key UNIQUE (snapshot_id, chain_id, city_adcode))`);
  // Flows are kept by month, so only the latest snapshot's rows are needed (older ones are pruned).
  await queryRunner.query(`CREATE TABLE insight_flow (
    snapshot_id bigint NOT NULL REFERENCES insight_snapshot(id) ON DELETE CASCADE,
    chain_id varchar(40) NOT NULL,
    month date NOT NULL,
    supply_province_adcode char(6) NOT NULL,
    supply_city_adcode char(6) NOT NULL,
    demand_province_adcode char(6) NOT NULL,
    demand_city_adcode char(6) NOT NULL,
    introduced int NOT NULL,
    concluded int NOT NULL,
    order_amount_cny numeric(18,2) NOT NULL,
    PRIMARY KEY (snapshot_id, chain_id, month, supply_city_adcode, demand_city_adcode))`);
  // The same summed by province: what the matrix, totals and months read (a few hundred rows, not tens of thousands).
  await queryRunner.query(`CREATE TABLE insight_province_flow (
    snapshot_id bigint NOT NULL REFERENCES insight_snapshot(id) ON DELETE CASCADE,
    chain_id varchar(40) NOT NULL,
    month date NOT NULL,
    supply_province_adcode char(6) NOT NULL,
    demand_province_adcode char(6) NOT NULL,
    introduced int NOT NULL,
    concluded int NOT NULL,
    order_amount_cny numeric(18,2) NOT NULL,
    PRIMARY KEY (snapshot_id, chain_id, month, supply_province_adcode, demand_province_adcode))`);
}

async function createLeaderTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`CREATE TABLE chain_leader (
    enterprise_id uuid NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
    chain_id varchar(40) NOT NULL REFERENCES chain(id) ON DELETE CASCADE,
    marked_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
    marked_at timestamptz(3) NOT NULL DEFAULT now(),
    note varchar(500),
    PRIMARY KEY (enterprise_id, chain_id))`);
  await queryRunner.query(`CREATE INDEX chain_leader_chain_idx ON chain_leader (chain_id, marked_at)`);
  await queryRunner.query(`CREATE TABLE insight_leader (
    snapshot_id bigint NOT NULL REFERENCES insight_snapshot(id) ON DELETE CASCADE,
    enterprise_id uuid NOT NULL,
    chain_id varchar(40) NOT NULL,
    demand_listings int NOT NULL,
    with_regional_supplier int NOT NULL,
    PRIMARY KEY (snapshot_id, enterprise_id, chain_id))`);
}

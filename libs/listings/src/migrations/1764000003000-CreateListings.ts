import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateListings1764000003000 implements MigrationInterface {
  name = 'CreateListings1764000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE listing_kind AS ENUM ('SUPPLY', 'DEMAND')`);
    await queryRunner.query(`CREATE TYPE listing_status AS ENUM ('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED', 'EXPIRED')`);
    await queryRunner.query(`CREATE TABLE listing (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      enterprise_id uuid NOT NULL REFERENCES enterprise(id),
      kind listing_kind NOT NULL,
      status listing_status NOT NULL DEFAULT 'DRAFT',
      title varchar(120) NOT NULL,
      description text NOT NULL,
      segment_id varchar(80) NOT NULL REFERENCES segment(id),
      chain_id varchar(40) NOT NULL REFERENCES chain(id),
      keywords text[] NOT NULL DEFAULT '{}',
      attributes jsonb NOT NULL DEFAULT '[]',
      quantity numeric(18,3) CHECK (quantity > 0),
      unit varchar(20),
      price_min_cny numeric(16,2) CHECK (price_min_cny >= 0),
      price_max_cny numeric(16,2),
      lead_time_days int CHECK (lead_time_days >= 0),
      certifications text[] NOT NULL DEFAULT '{}',
      county_adcode char(6) NOT NULL REFERENCES county(adcode),
      city_adcode char(6) NOT NULL REFERENCES city(adcode),
      province_adcode char(6) NOT NULL REFERENCES province(adcode),
      lat double precision,
      lng double precision,
      served_province_adcodes char(6)[] NOT NULL DEFAULT '{}',
      service_radius_km int CHECK (service_radius_km > 0),
      valid_from timestamptz(3) NOT NULL,
      valid_until timestamptz(3) NOT NULL,
      published_at timestamptz(3),
      closed_at timestamptz(3),
      version int NOT NULL DEFAULT 1,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK (price_min_cny <= price_max_cny),
      CHECK (valid_from < valid_until),
      CHECK ((lat IS NULL) = (lng IS NULL)))`);
    await queryRunner.query(`CREATE INDEX listing_created_idx ON listing (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX listing_status_created_idx ON listing (status, created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX listing_enterprise_idx ON listing (enterprise_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX listing_segment_idx ON listing (segment_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX listing_chain_idx ON listing (chain_id, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX listing_province_idx ON listing (province_adcode, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX listing_city_idx ON listing (city_adcode, created_at DESC)`);
    await queryRunner.query(`CREATE INDEX listing_live_until_idx ON listing (valid_until) WHERE status IN ('ACTIVE', 'PAUSED')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE listing`);
    await queryRunner.query(`DROP TYPE listing_status`);
    await queryRunner.query(`DROP TYPE listing_kind`);
  }
}

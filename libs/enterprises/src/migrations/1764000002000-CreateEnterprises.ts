import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEnterprises1764000002000 implements MigrationInterface {
  name = 'CreateEnterprises1764000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE enterprise_size AS ENUM ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')`);
    await queryRunner.query(`CREATE TYPE enterprise_review_reason AS ENUM ('USCC_REGION_MISMATCH')`);
    await queryRunner.query(`CREATE TABLE enterprise (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      uscc char(18) NOT NULL CONSTRAINT enterprise_uscc_key UNIQUE,
      name_zh varchar(200) NOT NULL,
      name_en varchar(200),
      county_adcode char(6) NOT NULL REFERENCES county(adcode),
      city_adcode char(6) NOT NULL REFERENCES city(adcode),
      province_adcode char(6) NOT NULL REFERENCES province(adcode),
      lat double precision,
      lng double precision,
      size enterprise_size NOT NULL,
      contact_name varchar(100),
      contact_phone varchar(40),
      contact_email varchar(200),
      review_reasons enterprise_review_reason[] NOT NULL DEFAULT '{}',
      version int NOT NULL DEFAULT 1,
      created_at timestamptz(3) NOT NULL DEFAULT now(),
      updated_at timestamptz(3) NOT NULL DEFAULT now(),
      CHECK ((lat IS NULL) = (lng IS NULL)))`);
    await queryRunner.query(`CREATE INDEX enterprise_created_idx ON enterprise (created_at DESC, id DESC)`);
    await queryRunner.query(`CREATE INDEX enterprise_province_idx ON enterprise (province_adcode)`);
    await queryRunner.query(`CREATE INDEX enterprise_city_idx ON enterprise (city_adcode)`);
    await queryRunner.query(`CREATE INDEX enterprise_review_idx ON enterprise (created_at) WHERE review_reasons <> '{}'`);
    await queryRunner.query(`CREATE TABLE enterprise_segment (
      enterprise_id uuid NOT NULL REFERENCES enterprise(id) ON DELETE CASCADE,
      segment_id varchar(80) NOT NULL REFERENCES segment(id),
      PRIMARY KEY (enterprise_id, segment_id))`);
    await queryRunner.query(`CREATE INDEX enterprise_segment_segment_idx ON enterprise_segment (segment_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE enterprise_segment`);
    await queryRunner.query(`DROP TABLE enterprise`);
    await queryRunner.query(`DROP TYPE enterprise_review_reason`);
    await queryRunner.query(`DROP TYPE enterprise_size`);
  }
}

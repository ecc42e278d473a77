import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateRegions1764000000000 implements MigrationInterface {
  name = 'CreateRegions1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE province (
      adcode char(6) PRIMARY KEY,
      name_zh varchar NOT NULL,
      name_en varchar NOT NULL)`);
    await queryRunner.query(`CREATE TABLE city (
      adcode char(6) PRIMARY KEY,
      province_adcode char(6) NOT NULL REFERENCES province(adcode),
      name_zh varchar NOT NULL,
      name_en varchar NOT NULL,
      name_en_unique varchar NOT NULL,
      lat double precision NOT NULL,
      lng double precision NOT NULL)`);
    await queryRunner.query(`CREATE TABLE county (
      adcode char(6) PRIMARY KEY,
      city_adcode char(6) NOT NULL REFERENCES city(adcode),
      province_adcode char(6) NOT NULL REFERENCES province(adcode),
      name_zh varchar NOT NULL,
      name_en varchar NOT NULL,
      name_en_full varchar NOT NULL,
      kind varchar NOT NULL,
      lat double precision,
      lng double precision)`);
    await queryRunner.query(`CREATE INDEX county_city_idx ON county (city_adcode)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE county`);
    await queryRunner.query(`DROP TABLE city`);
    await queryRunner.query(`DROP TABLE province`);
  }
}

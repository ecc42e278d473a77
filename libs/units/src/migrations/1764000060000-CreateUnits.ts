import type { MigrationInterface, QueryRunner } from 'typeorm';
import { seedUnits } from '../unit-seed.js';

/**
 * The units catalogue. It is loaded here as well as on every start because the listing migration
 * that follows turns free-text units into references to it. (Should `unit` ever gain columns, give
 * this migration a frozen copy of the seed.)
 */
export class CreateUnits1764000060000 implements MigrationInterface {
  name = 'CreateUnits1764000060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // No foreign key from base_unit_code: the two tables would reference each other; the seed checks it.
    await queryRunner.query(`CREATE TABLE unit_dimension (
      id varchar(20) PRIMARY KEY,
      name_zh varchar NOT NULL,
      name_en varchar NOT NULL,
      base_unit_code varchar(20) NOT NULL,
      position int NOT NULL)`);
    await queryRunner.query(`CREATE TABLE unit (
      code varchar(20) PRIMARY KEY,
      dimension_id varchar(20) NOT NULL REFERENCES unit_dimension(id),
      to_base double precision NOT NULL CHECK (to_base > 0),
      name_zh varchar NOT NULL,
      name_en varchar NOT NULL,
      name_en_one varchar NOT NULL,
      aliases text[] NOT NULL DEFAULT '{}',
      position int NOT NULL)`);
    await seedUnits(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE unit`);
    await queryRunner.query(`DROP TABLE unit_dimension`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateChains1764000001000 implements MigrationInterface {
  name = 'CreateChains1764000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE segment_stage AS ENUM ('UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM')`);
    await queryRunner.query(`CREATE TABLE chain (
      id varchar(40) PRIMARY KEY,
      name_zh varchar NOT NULL,
      name_en varchar NOT NULL,
      position int NOT NULL)`);
    await queryRunner.query(`CREATE TABLE segment (
      id varchar(80) PRIMARY KEY,
      chain_id varchar(40) NOT NULL REFERENCES chain(id),
      name_zh varchar NOT NULL,
      name_en varchar NOT NULL,
      stage segment_stage NOT NULL,
      industry_classes jsonb NOT NULL DEFAULT '[]',
      position int NOT NULL)`);
    await queryRunner.query(`CREATE INDEX segment_chain_idx ON segment (chain_id)`);
    await queryRunner.query(`CREATE TABLE segment_feed (
      from_segment_id varchar(80) NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
      to_segment_id varchar(80) NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
      PRIMARY KEY (from_segment_id, to_segment_id),
      CHECK (from_segment_id <> to_segment_id))`);
    await queryRunner.query(`CREATE INDEX segment_feed_to_idx ON segment_feed (to_segment_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE segment_feed`);
    await queryRunner.query(`DROP TABLE segment`);
    await queryRunner.query(`DROP TABLE chain`);
    await queryRunner.query(`DROP TYPE segment_stage`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Segments of different chains that trade the same goods or services (medical devices in
 * biomedicine and in health): each pair once, the smaller id first; readers treat it both ways.
 */
export class CreateSegmentEquivalence1764000060200 implements MigrationInterface {
  name = 'CreateSegmentEquivalence1764000060200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE segment_equivalence (
      segment_id varchar(80) NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
      equivalent_segment_id varchar(80) NOT NULL REFERENCES segment(id) ON DELETE CASCADE,
      PRIMARY KEY (segment_id, equivalent_segment_id),
      CHECK (segment_id < equivalent_segment_id))`);
    await queryRunner.query(`CREATE INDEX segment_equivalence_equivalent_idx ON segment_equivalence (equivalent_segment_id)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE segment_equivalence`);
  }
}

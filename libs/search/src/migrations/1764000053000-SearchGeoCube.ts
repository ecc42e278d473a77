import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Searches without text by distance. A listing's point as a unit vector (the cube extension, part
 * of PostgreSQL's contrib like pg_trgm): the straight-line distance between two such vectors grows
 * with the great-circle distance, so a GiST index on it returns listings nearest first — the page of
 * a "nearest" search reads a few dozen rows instead of sorting every listing of the filter — and a
 * radius is a box around the vector. The facts table is stored city by city (rebuilds keep that
 * order), so the listings of a radius or a city sit on few pages.
 */
export class SearchGeoCube1764000053000 implements MigrationInterface {
  name = 'SearchGeoCube1764000053000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS cube`);
    await queryRunner.query(`ALTER TABLE search_listing ADD COLUMN xyz cube GENERATED ALWAYS AS (
      CASE WHEN lat IS NOT NULL AND lng IS NOT NULL THEN
        cube(ARRAY[cos(radians(lat)) * cos(radians(lng)), cos(radians(lat)) * sin(radians(lng)), sin(radians(lat))]) END) STORED`);
    await queryRunner.query(`DROP INDEX search_listing_geo_idx`);
    await queryRunner.query(`ALTER TABLE search_listing DROP COLUMN geo`);
    await queryRunner.query(`CREATE INDEX search_listing_xyz_idx ON search_listing USING gist (xyz)`);
    await queryRunner.query(`CLUSTER search_listing USING search_listing_city_idx`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX search_listing_xyz_idx`);
    await queryRunner.query(`ALTER TABLE search_listing DROP COLUMN xyz`);
    await queryRunner.query(`ALTER TABLE search_listing ADD COLUMN geo point GENERATED ALWAYS AS (point(lng, lat)) STORED`);
    await queryRunner.query(`CREATE INDEX search_listing_geo_idx ON search_listing USING gist (geo)`);
  }
}

import type { DemoReferenceData } from '@chainmatch/demo-data';
import type { EntityManager } from 'typeorm';

/** The reference data the demo generators draw from, as it is in the database. */
export async function readDemoReferenceData(manager: EntityManager): Promise<DemoReferenceData> {
  const [counties, cities, segments] = await Promise.all([
    manager.query(`SELECT adcode, city_adcode AS "cityAdcode", province_adcode AS "provinceAdcode", name_zh AS "nameZh",
      name_en AS "nameEn", lat, lng FROM county ORDER BY adcode`),
    manager.query(`SELECT adcode, province_adcode AS "provinceAdcode", name_zh AS "nameZh", name_en AS "nameEn", lat, lng
      FROM city ORDER BY adcode`),
    manager.query(`SELECT s.id, s.chain_id AS "chainId", s.name_zh AS "nameZh", s.name_en AS "nameEn", s.stage::text AS stage,
      coalesce(array_agg(f.to_segment_id ORDER BY f.to_segment_id) FILTER (WHERE f.to_segment_id IS NOT NULL), '{}') AS feeds
      FROM segment s LEFT JOIN segment_feed f ON f.from_segment_id = s.id GROUP BY s.id ORDER BY s.chain_id, s.position`),
  ]);
  return { counties, cities, segments };
}

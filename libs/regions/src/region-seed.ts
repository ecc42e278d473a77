import type { EntityManager } from 'typeorm';
import citiesFile from '../data/yrd-cities.json' with { type: 'json' };
import countiesFile from '../data/yrd-counties.json' with { type: 'json' };

interface CityRecord {
  adcode: string; name_zh: string; name_en: string; name_en_unique?: string;
  province_adcode: string; province_name_zh: string; province_name_en: string; lat: number; lng: number;
}
interface CountyRecord {
  adcode: string; name_zh: string; name_en: string; name_en_full: string; kind: string;
  city_adcode: string; province_adcode: string; lat: number | null; lng: number | null;
}

const cities = citiesFile.cities as CityRecord[];
const counties = countiesFile.counties as CountyRecord[];

/**
 * Loads the region reference data (GB/T 2260) shipped in `libs/regions/data`. Idempotent: rows are
 * upserted by adcode, so a corrected data file is picked up on the next start.
 */
export async function seedRegions(manager: EntityManager): Promise<void> {
  const provinces = [...new Map(cities.map((c) => [c.province_adcode, c])).values()];
  await upsert(manager, 'province', ['adcode', 'name_zh', 'name_en'],
    provinces.map((c) => [c.province_adcode, c.province_name_zh, c.province_name_en]));
  await upsert(manager, 'city', ['adcode', 'province_adcode', 'name_zh', 'name_en', 'name_en_unique', 'lat', 'lng'],
    cities.map((c) => [c.adcode, c.province_adcode, c.name_zh, c.name_en, c.name_en_unique ?? c.name_en, c.lat, c.lng]));
  await upsert(manager, 'county', ['adcode', 'city_adcode', 'province_adcode', 'name_zh', 'name_en', 'name_en_full', 'kind', 'lat', 'lng'],
    counties.map((c) => [c.adcode, c.city_adcode, c.province_adcode, c.name_zh, c.name_en, c.name_en_full, c.kind, c.lat, c.lng]));
}

/** One parameterised multi-row upsert keyed on `adcode`. */
async function upsert(manager: EntityManager, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const placeholders = rows.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`);
  const updates = columns.slice(1).map((column) => `${column} = EXCLUDED.${column}`).join(', ');
  await manager.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders.join(', ')} ON CONFLICT (adcode) DO UPDATE SET ${updates}`,
    rows.flat(),
  );
}

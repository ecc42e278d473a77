import type { EntityManager } from 'typeorm';
import unitsFile from '../data/units.json' with { type: 'json' };
import { UnitCatalogue, type UnitDimensionRecord, type UnitRecord } from './unit-catalogue.js';

/** The catalogue as shipped in `libs/units/data/units.json`. */
export const UNIT_DIMENSIONS: readonly UnitDimensionRecord[] = unitsFile.dimensions.map((d) => ({
  id: d.id, nameZh: d.name_zh, nameEn: d.name_en, baseUnitCode: d.base,
}));
export const UNITS: readonly UnitRecord[] = unitsFile.units.map((u) => ({
  code: u.code, dimension: u.dimension, toBase: u.to_base, nameZh: u.name_zh, nameEn: u.name_en, nameEnOne: u.name_en_one,
  aliases: u.aliases,
}));

/** The shipped catalogue, checked: for code that must not wait for a database (demo data, specs). */
export const shippedUnitCatalogue = () => new UnitCatalogue(UNIT_DIMENSIONS, UNITS);

/**
 * Loads the units catalogue. Upserts by code, so a corrected data file is picked up on the next
 * start; the data is checked (aliases unique, every dimension with its base) before anything is written.
 */
export async function seedUnits(manager: EntityManager): Promise<void> {
  shippedUnitCatalogue();
  await manager.query(
    `INSERT INTO unit_dimension (id, name_zh, name_en, base_unit_code, position)
     SELECT id, name_zh, name_en, base_unit_code, position FROM jsonb_to_recordset($1::jsonb)
       AS r(id varchar, name_zh varchar, name_en varchar, base_unit_code varchar, position int)
     ON CONFLICT (id) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
       base_unit_code = EXCLUDED.base_unit_code, position = EXCLUDED.position`,
    [JSON.stringify(UNIT_DIMENSIONS.map((d, position) => ({ id: d.id, name_zh: d.nameZh, name_en: d.nameEn, base_unit_code: d.baseUnitCode, position })))],
  );
  await manager.query(
    `INSERT INTO unit (code, dimension_id, to_base, name_zh, name_en, name_en_one, aliases, position)
     SELECT code, dimension_id, to_base, name_zh, name_en, name_en_one, aliases, position FROM jsonb_to_recordset($1::jsonb)
       AS r(code varchar, dimension_id varchar, to_base double precision, name_zh varchar, name_en varchar, name_en_one varchar,
         aliases text[], position int)
     ON CONFLICT (code) DO UPDATE SET dimension_id = EXCLUDED.dimension_id, to_base = EXCLUDED.to_base, name_zh = EXCLUDED.name_zh,
       name_en = EXCLUDED.name_en, name_en_one = EXCLUDED.name_en_one, aliases = EXCLUDED.aliases, position = EXCLUDED.position`,
    [JSON.stringify(UNITS.map((u, position) => ({
      code: u.code, dimension_id: u.dimension, to_base: u.toBase, name_zh: u.nameZh, name_en: u.nameEn, name_en_one: u.nameEnOne,
      aliases: u.aliases, position,
    })))],
  );
}

import { shippedUnitCatalogue } from '@chainmatch/units';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A period typed into the old free-text unit ("吨/月", "kg per year"), and the basis it names. */
const PERIOD_SUFFIX = /^(.+?)\s*(?:\/|／|per|每)\s*(天|日|day|d|月|month|mo|年|yr|year|annum|a|单|order)$/i;
const BASIS_OF_PERIOD: Record<string, string> = {
  天: 'PER_DAY', 日: 'PER_DAY', day: 'PER_DAY', d: 'PER_DAY', 月: 'PER_MONTH', month: 'PER_MONTH', mo: 'PER_MONTH',
  年: 'PER_YEAR', yr: 'PER_YEAR', year: 'PER_YEAR', annum: 'PER_YEAR', a: 'PER_YEAR', 单: 'PER_ORDER', order: 'PER_ORDER',
};

/**
 * Quantities and prices with meaning. Until now a listing had a free-text unit and an unwritten
 * convention (SUPPLY quantity = monthly capacity, DEMAND quantity = yearly volume; prices per that
 * unit). Now the quantity names a catalogue unit and its basis, and the price range the unit it is
 * per. Existing rows keep their figures under that convention; a unit the catalogue cannot read
 * leaves the listing without quantity and prices rather than with wrong ones.
 */
export class ListingQuantityUnits1764000060100 implements MigrationInterface {
  name = 'ListingQuantityUnits1764000060100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE quantity_basis AS ENUM ('PER_DAY', 'PER_MONTH', 'PER_YEAR', 'PER_ORDER')`);
    await queryRunner.query(`ALTER TABLE listing ADD COLUMN quantity_unit varchar(20) REFERENCES unit(code),
      ADD COLUMN quantity_basis quantity_basis, ADD COLUMN price_unit varchar(20) REFERENCES unit(code),
      ADD COLUMN mandatory_certifications text[] NOT NULL DEFAULT '{}'`);
    const written: { unit: string }[] = await queryRunner.query(`SELECT DISTINCT unit FROM listing WHERE unit IS NOT NULL`);
    await queryRunner.query(
      `UPDATE listing l SET
         quantity_unit = CASE WHEN l.quantity IS NOT NULL THEN m.code END,
         quantity_basis = CASE WHEN l.quantity IS NOT NULL AND m.code IS NOT NULL
           THEN coalesce(m.basis, CASE l.kind WHEN 'SUPPLY' THEN 'PER_MONTH' ELSE 'PER_YEAR' END)::quantity_basis END,
         price_unit = CASE WHEN l.price_min_cny IS NOT NULL OR l.price_max_cny IS NOT NULL THEN m.code END
       FROM jsonb_to_recordset($1::jsonb) AS m(unit text, code text, basis text) WHERE l.unit = m.unit`,
      [JSON.stringify(written.map(({ unit }) => ({ unit, ...readUnit(unit) })))],
    );
    await queryRunner.query(`UPDATE listing SET quantity = CASE WHEN quantity_unit IS NULL THEN NULL ELSE quantity END,
      quantity_basis = CASE WHEN quantity_unit IS NULL THEN NULL ELSE quantity_basis END,
      price_min_cny = CASE WHEN price_unit IS NULL THEN NULL ELSE price_min_cny END,
      price_max_cny = CASE WHEN price_unit IS NULL THEN NULL ELSE price_max_cny END
      WHERE (quantity IS NOT NULL AND quantity_unit IS NULL) OR ((price_min_cny IS NOT NULL OR price_max_cny IS NOT NULL) AND price_unit IS NULL)`);
    await queryRunner.query(`ALTER TABLE listing DROP COLUMN unit,
      ADD CONSTRAINT listing_quantity_complete CHECK ((quantity IS NULL) = (quantity_unit IS NULL) AND (quantity IS NULL) = (quantity_basis IS NULL)),
      ADD CONSTRAINT listing_price_unit CHECK ((price_min_cny IS NULL AND price_max_cny IS NULL) = (price_unit IS NULL)),
      ADD CONSTRAINT listing_mandatory_certifications_of_demand CHECK (kind = 'DEMAND' OR mandatory_certifications = '{}')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE listing ADD COLUMN unit varchar(20)`);
    await queryRunner.query(`UPDATE listing l SET unit = u.name_zh FROM unit u WHERE u.code = coalesce(l.quantity_unit, l.price_unit)`);
    await queryRunner.query(`ALTER TABLE listing DROP COLUMN mandatory_certifications, DROP COLUMN price_unit,
      DROP COLUMN quantity_basis, DROP COLUMN quantity_unit`);
    await queryRunner.query(`DROP TYPE quantity_basis`);
  }
}

/** The catalogue unit and the basis (if the text named a period) of an old free-text unit. */
function readUnit(text: string): { code: string | null; basis: string | null } {
  const catalogue = shippedUnitCatalogue();
  const period = PERIOD_SUFFIX.exec(text.trim());
  const unit = catalogue.resolve(period ? period[1] : text);
  return { code: unit?.code ?? null, basis: period ? BASIS_OF_PERIOD[period[2].toLowerCase()] : null };
}

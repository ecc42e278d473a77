import type { Faker } from '@faker-js/faker';
import type { EnterpriseSize, ListingKind, QuantityBasis } from '../demo-data.types.js';
import { UNITS, type UnitCode, type UnitLabel } from '../vocabulary/units.js';
import type { Product } from '../vocabulary/vocabulary.types.js';

export interface ListingFigures {
  unit: UnitLabel | null;
  quantity: number | null;
  basis: QuantityBasis | null;
  priceMinCny: number | null;
  priceMaxCny: number | null;
  /** What the prices are per: the quantity's unit, or kg for bulk goods counted in tonnes. */
  priceUnit: UnitLabel | null;
  leadTimeDays: number | null;
}

/** Monthly value one product line moves for an enterprise of each size; quantities follow from the unit price. */
const MONTHLY_VALUE_CNY: Record<EnterpriseSize, [number, number]> = {
  MICRO: [20_000, 500_000],
  SMALL: [100_000, 3_000_000],
  MEDIUM: [1_000_000, 20_000_000],
  LARGE: [5_000_000, 200_000_000],
};
const QUANTITY_SHARE = 0.92;
const PRICE_SHARE = 0.85;
const LEAD_TIME_SHARE = 0.9;
/** Bulk chemicals and metals counted in tonnes are often quoted per kilogram. */
const PER_KG_SHARE = 0.3;
const PER_KG_BELOW_CNY_PER_T = 200_000;
/** Cheap consumables ship in days, capital equipment in months. */
const LEAD_TIME_DAYS_BY_PRICE: { below: number; days: [number, number] }[] = [
  { below: 10, days: [3, 15] },
  { below: 1000, days: [7, 30] },
  { below: 100_000, days: [15, 60] },
  { below: 1_000_000, days: [30, 90] },
  { below: Infinity, days: [60, 180] },
];
/** Things bought one at a time (a project, a licence, an aircraft) and priced like capital goods. */
const ONE_OFF_UNITS = new Set<UnitCode>(['project', 'license', 'aircraft', 'policy', 'memberYear']);
const ONE_OFF_PRICE_CNY = 1_000_000;
/** Months of trade a quantity stands for, by basis (an order is one to three months' worth). */
const MONTHS: Record<Exclude<QuantityBasis, 'PER_ORDER'>, number> = { PER_DAY: 1 / 30, PER_MONTH: 1, PER_YEAR: 12 };

/**
 * The basis members state quantities on: capacity per month (a year for one-off goods, a day for
 * treatment services measured by volume); needs per year, some per month, one-off goods per order.
 */
function drawBasis(faker: Faker, product: Product, kind: ListingKind, unitPrice: number): QuantityBasis {
  const unit = product.unit!;
  const oneOff = ONE_OFF_UNITS.has(unit) || unitPrice >= ONE_OFF_PRICE_CNY;
  if (kind === 'SUPPLY') {
    if (oneOff) return 'PER_YEAR';
    return product.isService && (unit === 'ton' || unit === 'cubicMeter') && faker.datatype.boolean(0.5) ? 'PER_DAY' : 'PER_MONTH';
  }
  if (oneOff) return 'PER_ORDER';
  return faker.datatype.boolean(0.75) ? 'PER_YEAR' : 'PER_MONTH';
}

export function drawFigures(faker: Faker, product: Product, kind: ListingKind, size: EnterpriseSize): ListingFigures {
  if (product.priceCny === null || product.unit === null) {
    return { unit: null, quantity: null, basis: null, priceMinCny: null, priceMaxCny: null, priceUnit: null, leadTimeDays: null };
  }
  const unitPrice = logUniform(faker, product.priceCny);
  const basis = drawBasis(faker, product, kind, unitPrice);
  const months = basis === 'PER_ORDER' ? faker.number.float({ min: 1, max: 3 }) : MONTHS[basis];
  const value = logUniform(faker, MONTHLY_VALUE_CNY[size]) * months;
  const perKg = product.unit === 'ton' && unitPrice < PER_KG_BELOW_CNY_PER_T && faker.datatype.boolean(PER_KG_SHARE);
  const price = faker.datatype.boolean(PRICE_SHARE) ? drawPriceRange(faker, perKg ? unitPrice / 1000 : unitPrice) : null;
  const quantity = faker.datatype.boolean(QUANTITY_SHARE) ? roundQuantity(value / unitPrice) : null;
  return {
    unit: UNITS[product.unit],
    quantity,
    basis: quantity === null ? null : basis,
    priceMinCny: price?.min ?? null,
    priceMaxCny: price?.max ?? null,
    priceUnit: price === null ? null : perKg ? UNITS.kg : UNITS[product.unit],
    leadTimeDays: faker.datatype.boolean(LEAD_TIME_SHARE) ? drawLeadTime(faker, unitPrice) : null,
  };
}

function drawPriceRange(faker: Faker, unitPrice: number): { min: number; max: number } {
  return {
    min: roundPrice(unitPrice * faker.number.float({ min: 0.85, max: 1 })),
    max: roundPrice(unitPrice * faker.number.float({ min: 1, max: 1.3 })),
  };
}

function drawLeadTime(faker: Faker, unitPrice: number): number {
  const band = LEAD_TIME_DAYS_BY_PRICE.find(({ below }) => unitPrice < below) ?? LEAD_TIME_DAYS_BY_PRICE[0];
  return faker.number.int({ min: band.days[0], max: band.days[1] });
}

/** Prices spread over orders of magnitude, so draw the exponent uniformly. */
function logUniform(faker: Faker, [min, max]: [number, number]): number {
  return Math.exp(faker.number.float({ min: Math.log(min), max: Math.log(max) }));
}

/** People quote round figures: 53 721 → 54 000; never below one unit. */
function roundQuantity(quantity: number): number {
  return quantity < 20 ? Math.max(1, Math.round(quantity)) : Number(quantity.toPrecision(2));
}

/** Three significant figures; rounding is monotonic, so min ≤ max survives it. */
function roundPrice(price: number): number {
  return Number(price.toPrecision(3));
}

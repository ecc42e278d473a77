import type { Faker } from '@faker-js/faker';
import type { EnterpriseSize, ListingKind } from '../demo-data.types.js';
import { UNITS, type UnitLabel } from '../vocabulary/units.js';
import type { Product } from '../vocabulary/vocabulary.types.js';

export interface ListingFigures {
  unit: UnitLabel | null;
  quantity: number | null;
  priceMinCny: number | null;
  priceMaxCny: number | null;
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
/** Cheap consumables ship in days, capital equipment in months. */
const LEAD_TIME_DAYS_BY_PRICE: { below: number; days: [number, number] }[] = [
  { below: 10, days: [3, 15] },
  { below: 1000, days: [7, 30] },
  { below: 100_000, days: [15, 60] },
  { below: 1_000_000, days: [30, 90] },
  { below: Infinity, days: [60, 180] },
];

export function drawFigures(faker: Faker, product: Product, kind: ListingKind, size: EnterpriseSize): ListingFigures {
  if (product.priceCny === null || product.unit === null) {
    return { unit: null, quantity: null, priceMinCny: null, priceMaxCny: null, leadTimeDays: null };
  }
  const unitPrice = logUniform(faker, product.priceCny);
  // Supply states a monthly capacity, demand a yearly need.
  const volumeCny = logUniform(faker, MONTHLY_VALUE_CNY[size]) * (kind === 'DEMAND' ? 12 : 1);
  const price = faker.datatype.boolean(PRICE_SHARE) ? drawPriceRange(faker, unitPrice) : null;
  return {
    unit: UNITS[product.unit],
    quantity: faker.datatype.boolean(QUANTITY_SHARE) ? roundQuantity(volumeCny / unitPrice) : null,
    priceMinCny: price?.min ?? null,
    priceMaxCny: price?.max ?? null,
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

import type { Faker } from '@faker-js/faker';
import type { Product, Term } from '../vocabulary/vocabulary.types.js';

const KEYWORD_COUNT = { min: 2, max: 8 };

/** The product in both languages first, then a mix of segment and sibling-product terms. */
export function pickKeywords(faker: Faker, product: Product, siblings: Product[], segment: Term): string[] {
  const extras = faker.helpers.shuffle([
    segment.zh,
    segment.en,
    ...siblings.filter((sibling) => sibling !== product).flatMap((sibling) => [sibling.zh, sibling.en]),
  ]);
  return [...new Set([product.zh, product.en, ...extras])].slice(0, faker.number.int(KEYWORD_COUNT));
}

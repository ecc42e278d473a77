import type { Faker } from '@faker-js/faker';
import type { Product, Term } from '../vocabulary/vocabulary.types.js';
import type { TextLanguage } from './listing-text.types.js';

const CATEGORY_SHARE = 0.5;

/**
 * The product in the listing's language(s), sometimes with its category (the segment's short name):
 * a listing's keywords describe that listing, never the other products of its segment.
 */
export function pickKeywords(faker: Faker, product: Product, segment: Term, language: TextLanguage): string[] {
  const languages = language === 'bilingual' ? (['zh', 'en'] as const) : ([language] as const);
  const withCategory = faker.datatype.boolean(CATEGORY_SHARE);
  return [...new Set(languages.flatMap((lang) => (withCategory ? [product[lang], segment[lang]] : [product[lang]])))];
}

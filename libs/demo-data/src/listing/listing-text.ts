import type { Faker } from '@faker-js/faker';
import { EN_SENTENCES } from './listing-description-en.js';
import { ZH_SENTENCES } from './listing-description-zh.js';
import type { ListingTextContext, SentencePool, TextLanguage, TextTemplate } from './listing-text.types.js';
import { GOODS_TITLES, SERVICE_TITLES } from './listing-title-templates.js';
import { clampText } from './text-format.js';

const TITLE_MAX_LENGTH = 120;
export const DESCRIPTION_MIN_LENGTH = 80;
const SENTENCE_COUNT = { min: 2, max: 5 };

const LANGUAGE_WEIGHTS: { weight: number; value: TextLanguage }[] = [
  { weight: 60, value: 'zh' },
  { weight: 15, value: 'en' },
  { weight: 25, value: 'bilingual' },
];

type PoolLanguage = 'zh' | 'en';
/** Chinese sentences run on; English ones are set apart by a space. */
const SEPARATORS: Record<PoolLanguage, string> = { zh: '', en: ' ' };

export interface ListingText {
  language: TextLanguage;
  title: string;
  description: string;
}

/** Sentences picked by position, so the Chinese and English pools render the same plan. */
interface DescriptionPlan {
  opening: number;
  details: number[];
  closing: number;
}

export function writeListingText(faker: Faker, context: ListingTextContext): ListingText {
  const language = faker.helpers.weightedArrayElement(LANGUAGE_WEIGHTS);
  const titles = (context.isService ? SERVICE_TITLES : GOODS_TITLES)[context.kind][language];
  const title = faker.helpers.arrayElement(written(titles, context));
  const pools: Record<PoolLanguage, SentencePool> = { zh: ZH_SENTENCES[context.kind], en: EN_SENTENCES[context.kind] };
  const primary: PoolLanguage = language === 'en' ? 'en' : 'zh';
  const plan = planDescription(faker, pools[primary], context, SEPARATORS[primary]);
  const paragraphs: PoolLanguage[] = language === 'bilingual' ? ['zh', 'en'] : [primary];
  return {
    language,
    title: clampText(title, TITLE_MAX_LENGTH),
    description: paragraphs.map((pool) => render(pools[pool], plan, context).join(SEPARATORS[pool])).join('\n'),
  };
}

/** Opening and closing plus shuffled details, until both the drawn sentence count and the minimum length are met. */
function planDescription(faker: Faker, pool: SentencePool, context: ListingTextContext, separator: string): DescriptionPlan {
  const plan: DescriptionPlan = {
    opening: faker.number.int(pool.openings.length - 1),
    details: [],
    closing: faker.number.int(pool.closings.length - 1),
  };
  const details = pool.details.map((template) => template(context));
  const available = faker.helpers.shuffle(details.flatMap((detail, i) => (detail === undefined ? [] : [i])));
  const sentenceCount = faker.number.int(SENTENCE_COUNT);
  let length = render(pool, plan, context).join(separator).length;
  for (const i of available) {
    if (length >= DESCRIPTION_MIN_LENGTH && plan.details.length + 2 >= sentenceCount) break;
    plan.details.push(i);
    length += separator.length + (details[i]?.length ?? 0);
  }
  return plan;
}

function render(pool: SentencePool, plan: DescriptionPlan, context: ListingTextContext): string[] {
  const templates = [pool.openings[plan.opening], ...plan.details.map((i) => pool.details[i]), pool.closings[plan.closing]];
  return written(templates, context);
}

function written(templates: TextTemplate[], context: ListingTextContext): string[] {
  return templates.flatMap((template) => template(context) ?? []);
}

import type { ListingKind } from '../demo-data.types.js';
import type { TextLanguage, TextTemplate } from './listing-text.types.js';
import { enPerBasis, withFact, zhCapacity, zhNeed } from './text-phrases.js';
import { capitalize, withIndefiniteArticle } from './text-format.js';

type TitleTemplates = Record<ListingKind, Record<TextLanguage, TextTemplate[]>>;

/** Titles as enterprises write them on B2B boards: product first, one selling point. */
export const GOODS_TITLES: TitleTemplates = {
  SUPPLY: {
    zh: [
      (c) => withFact(zhCapacity(c), (capacity) => `供应${c.product.zh}，${capacity}`),
      (c) => `${c.product.zh}现货供应，${c.city.zh}发货`,
      (c) => withFact(c.certifications[0], (cert) => `长期供应${c.product.zh}（${cert}认证）`),
      (c) => withFact(c.leadTimeDays, (days) => `${c.product.zh}批量供应，交期${days}天`),
      (c) => `${c.city.zh}厂家直供${c.product.zh}`,
    ],
    en: [
      (c) => withFact(enPerBasis(c), (q) => `${capitalize(c.product.en)} — capacity ${q}`),
      (c) => `${capitalize(c.product.en)} supply from ${c.city.en}`,
      (c) => withFact(c.certifications[0], (cert) => `${cert}-certified ${c.product.en} for volume orders`),
      (c) => withFact(c.leadTimeDays, (days) => `${capitalize(c.product.en)}, ${days}-day lead time`),
    ],
    bilingual: [
      (c) => `供应${c.product.zh} | ${capitalize(c.product.en)} supply`,
      (c) => `${c.product.zh}批量供应 | Volume supply of ${c.product.en}`,
      (c) => withFact(zhCapacity(c), (capacity) => `${c.product.zh}，${capacity} | ${capitalize(c.product.en)}, ${enPerBasis(c)}`),
    ],
  },
  DEMAND: {
    zh: [
      (c) => withFact(zhNeed(c), (need) => `采购${c.product.zh}，${need}`),
      (c) => `长期求购${c.product.zh}`,
      (c) => `招募${c.product.zh}合格供应商`,
      (c) => `${c.city.zh}企业求购${c.product.zh}`,
      (c) => withFact(c.certifications[0], (cert) => `求购${c.product.zh}（需${cert}认证）`),
    ],
    en: [
      (c) => withFact(enPerBasis(c), (q) => `Sourcing ${c.product.en} (${q})`),
      (c) => `Seeking qualified ${c.product.en} suppliers`,
      (c) => withFact(enPerBasis(c), (q) => `RFQ: ${c.product.en}, ${q}`),
      (c) => `Buyer in ${c.city.en} needs ${c.product.en}`,
    ],
    bilingual: [
      (c) => `采购${c.product.zh} | Sourcing ${c.product.en}`,
      (c) => `求购${c.product.zh} | RFQ: ${c.product.en}`,
      (c) => `招募${c.product.zh}供应商 | ${capitalize(c.product.en)} suppliers wanted`,
    ],
  },
};

/** Services (contract manufacturing, licences, operations) are taken on and provided, not stocked. */
export const SERVICE_TITLES: TitleTemplates = {
  SUPPLY: {
    zh: [
      (c) => `承接${c.product.zh}`,
      (c) => `${c.city.zh}专业${c.product.zh}`,
      (c) => withFact(zhCapacity(c), (capacity) => `提供${c.product.zh}，${capacity}`),
      (c) => withFact(c.certifications[0], (cert) => `${c.product.zh}（${cert}资质）`),
    ],
    en: [
      (c) => `${capitalize(c.product.en)} — provider in ${c.city.en}`,
      (c) => withFact(enPerBasis(c), (q) => `${capitalize(c.product.en)}: capacity for ${q}`),
      (c) => withFact(c.certifications[0], (cert) => `${cert}-certified provider of ${c.product.en}`),
    ],
    bilingual: [
      (c) => `承接${c.product.zh} | ${capitalize(c.product.en)} available`,
      (c) => `提供${c.product.zh} | ${capitalize(c.product.en)} provider`,
    ],
  },
  DEMAND: {
    zh: [
      (c) => `寻找${c.product.zh}服务商`,
      (c) => withFact(zhNeed(c), (need) => `采购${c.product.zh}，${need}`),
      (c) => `${c.city.zh}企业寻求${c.product.zh}合作方`,
    ],
    en: [
      (c) => `Looking for ${withIndefiniteArticle(`${c.product.en} provider`)}`,
      (c) => `Tender: ${c.product.en}`,
      (c) => withFact(enPerBasis(c), (q) => `Sourcing ${c.product.en} (${q})`),
    ],
    bilingual: [
      (c) => `寻找${c.product.zh}服务商 | Looking for ${withIndefiniteArticle(`${c.product.en} provider`)}`,
      (c) => `采购${c.product.zh} | Sourcing ${c.product.en}`,
    ],
  },
};

import { aliasKey } from '@chainmatch/units';

/**
 * Words of a need that say nothing about what is needed: trade verbs ("采购", "sourcing"), time
 * words ("月", "annual"), words every listing uses ("材料", "products") and quantities with their
 * units ("50万颗", "200 t"). Counting them would lower every candidate's text relevance alike, let
 * distance decide between a cell maker and a motor maker, and fill explanations with "材料、月、吨".
 */
const STOP_WORDS = new Set([
  '采购', '求购', '收购', '需求', '年需求', '月需求', '长期', '寻找', '寻求', '诚征', '供应', '需要', '批量', '提供', '承接', '现货',
  '稳定', '优质', '合作', '厂家', '工厂', '公司', '有限公司', '供应商', '欢迎', '洽谈',
  '月', '年', '日', '天', '周', '季度', '每月', '每年', '每日', '每天', '月产', '年产', '月产能', '年产能', '产能',
  '材料', '产品', '设备', '服务', '系统', '配件', '原料', '原材料',
  'sourcing', 'source', 'rfq', 'need', 'needed', 'needs', 'buy', 'buying', 'purchase', 'wanted', 'for', 'supply', 'supplier',
  'suppliers', 'offer', 'yr', 'year', 'years', 'yearly', 'annual', 'month', 'months', 'monthly', 'day', 'days', 'daily', 'week',
  'per', 'capacity', 'material', 'materials', 'product', 'products', 'equipment', 'service', 'services', 'system', 'systems',
  'quality', 'long', 'term', 'stable', 'bulk',
]);
const NUMBER_PREFIX = /^\d+(?:\.\d+)?(?:万|千|百|亿|k)?/i;

/** Whether a word is a quantity ("50万颗", "280", "12t") or a bare unit, given the unit catalogue's alias keys. */
export function isQuantityOrUnit(word: string, unitKeys: ReadonlySet<string>): boolean {
  const rest = word.replace(NUMBER_PREFIX, '');
  if (rest === '') return word !== '';
  // Analysed words come lower-cased and width-folded: the full alias key is needed only for the rest.
  return unitKeys.has(rest.toLowerCase()) || (/[\s\-_·・\u3300-\u33ff]/.test(rest) && unitKeys.has(aliasKey(rest)));
}

const isStopWord = (word: string, unitKeys: ReadonlySet<string>) => STOP_WORDS.has(word) || isQuantityOrUnit(word, unitKeys);

/**
 * Keeps the terms (each a list of alternative phrases) that describe the product, each once: a term
 * whose alternatives are all a single stop word, quantity or unit goes.
 */
export function meaningfulTerms(terms: string[][][], unitKeys: ReadonlySet<string>): string[][][] {
  const seen = new Set<string>();
  return terms.filter((alternatives) => {
    const key = JSON.stringify(alternatives);
    if (seen.has(key)) return false;
    seen.add(key);
    return !alternatives.some((phrase) => phrase.length === 1 && isStopWord(phrase[0], unitKeys));
  });
}

/**
 * Words of a need that say nothing about what is needed: trade verbs ("采购", "sourcing") and
 * quantities ("50万颗"). Counting them would lower every candidate's text relevance alike and let
 * distance decide between a cell maker and a motor maker for a battery need.
 */
const TRADE_WORDS = new Set([
  '采购', '求购', '收购', '需求', '年需求', '月需求', '长期', '寻找', '寻求', '诚征', '供应', '需要', '批量',
  'sourcing', 'source', 'rfq', 'need', 'needed', 'needs', 'buy', 'buying', 'purchase', 'wanted', 'for', 'supply', 'yr', 'year',
]);
const QUANTITY = /^\d+(\.\d+)?(万|千|百|亿)?(颗|片|吨|件|台|套|个|只|米|升|pcs|kg|t|sets?)?$/i;

/** Keeps the terms (each a list of alternatives) that describe the product. */
export function meaningfulTerms(terms: string[][][]): string[][][] {
  return terms.filter((alternatives) => !alternatives.some((phrase) => phrase.length === 1 && (TRADE_WORDS.has(phrase[0]) || QUANTITY.test(phrase[0]))));
}

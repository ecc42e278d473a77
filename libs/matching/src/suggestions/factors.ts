import type { FactorName } from './factor.js';
import type { PairContext } from './match-side.js';

/** A factor's own reading of a pair, before weighting. */
export interface FactorReading {
  value: number;
  sentenceZh: string;
  sentenceEn: string;
}

const NEUTRAL = 0.5;
const DAY_MS = 86_400_000;
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
const round = (x: number) => Math.round(x * 10) / 10;
const reading = (value: number, sentenceZh: string, sentenceEn: string): FactorReading => ({ value: clamp01(value), sentenceZh, sentenceEn });

/** Share of the demand's terms (title and keywords, synonyms folded) the supply's text contains. */
function textRelevance({ demandTerms, supply }: PairContext): FactorReading {
  if (demandTerms.length === 0) return reading(NEUTRAL, '需求没有可比较的关键词', 'The need has no terms to compare');
  const found = demandTerms.filter((alternatives) => alternatives.some((phrase) => phrase.every((word) => supply.tokens.has(word))));
  const names = found.slice(0, 4).map((alternatives) => alternatives[0].join('')).join('、');
  return reading(found.length / demandTerms.length,
    `需求关键词命中 ${found.length}/${demandTerms.length}${names ? `（${names}）` : ''}`,
    `The offer mentions ${found.length} of ${demandTerms.length} terms of the need${names ? ` (${names})` : ''}`);
}

const CHAIN_FIT_VALUE = { SAME_SEGMENT: 1, DIRECT_FEEDER: 0.7, SAME_CHAIN: 0.3, OTHER: 0 } as const;

function chainFit({ relation, supplySegmentName: s, demandSegmentName: d }: PairContext): FactorReading {
  const value = CHAIN_FIT_VALUE[relation];
  if (relation === 'SAME_SEGMENT') return reading(value, `同一产业链环节：${d.zh}`, `Same chain segment: ${d.en}`);
  if (relation === 'DIRECT_FEEDER') return reading(value, `直接上游：${s.zh} → ${d.zh}`, `Direct upstream: ${s.en} feeds ${d.en}`);
  if (relation === 'SAME_CHAIN') return reading(value, `同一产业链的其他环节：${s.zh}`, `Same chain, another segment: ${s.en}`);
  return reading(value, '不在同一产业链', 'Not on the same chain');
}

function distance({ distanceKm, supply, demand }: PairContext, halfKm: number): FactorReading {
  if (distanceKm === null) return reading(NEUTRAL, '距离未知', 'Distance unknown');
  const crossProvince = supply.provinceAdcode !== demand.provinceAdcode;
  const km = Math.round(distanceKm);
  return reading(0.5 ** (distanceKm / halfKm),
    `相距 ${km} 公里，位于${supply.provinceNameZh}${crossProvince ? '（跨省）' : '（同省）'}`,
    `${km} km away, in ${supply.provinceNameEn} — ${crossProvince ? 'cross-province' : 'same province'}`);
}

/** SUPPLY quantities are monthly capacity, DEMAND quantities yearly volume: compared per year, same unit only. */
function quantityFit({ supply, demand }: PairContext): FactorReading {
  if (!supply.quantity || !demand.quantity || !supply.unit || supply.unit !== demand.unit) {
    return reading(NEUTRAL, '产能与需求量无法比较', 'Capacity and volume cannot be compared');
  }
  const yearly = supply.quantity * 12;
  const ratio = yearly / demand.quantity;
  return ratio >= 1
    ? reading(1, `年产能约 ${round(yearly)} ${supply.unit}，足以覆盖需求 ${demand.quantity} ${demand.unit}`,
      `Capacity ~${round(yearly)} ${supply.unit}/yr covers the ${demand.quantity} ${demand.unit} needed`)
    : reading(ratio, `年产能约 ${round(yearly)} ${supply.unit}，覆盖需求的 ${Math.round(ratio * 100)}%`,
      `Capacity ~${round(yearly)} ${supply.unit}/yr covers ${Math.round(ratio * 100)}% of the need`);
}

function priceOverlap({ supply, demand }: PairContext): FactorReading {
  const sMin = supply.priceMinCny ?? supply.priceMaxCny;
  const dMax = demand.priceMaxCny ?? demand.priceMinCny;
  if (sMin === null || dMax === null) return reading(NEUTRAL, '价格信息不全', 'Prices not given on both sides');
  if (sMin <= dMax) return reading(1, `报价区间与预算重叠（供方起价 ¥${sMin}，预算上限 ¥${dMax}）`, `Price ranges overlap (from ¥${sMin}, budget up to ¥${dMax})`);
  const gap = (sMin - dMax) / sMin;
  return reading(1 - gap * 2, `供方起价 ¥${sMin} 高于预算上限 ¥${dMax}`, `The offer starts at ¥${sMin}, above the ¥${dMax} budget`);
}

function leadTime({ supply, demand }: PairContext): FactorReading {
  if (supply.leadTimeDays === null || demand.leadTimeDays === null) return reading(NEUTRAL, '交期信息不全', 'Lead times not given on both sides');
  if (supply.leadTimeDays <= demand.leadTimeDays) {
    return reading(1, `交期 ${supply.leadTimeDays} 天，满足 ${demand.leadTimeDays} 天要求`, `Delivers in ${supply.leadTimeDays} days, within the ${demand.leadTimeDays} needed`);
  }
  return reading(demand.leadTimeDays / supply.leadTimeDays, `交期 ${supply.leadTimeDays} 天，长于要求的 ${demand.leadTimeDays} 天`,
    `Delivers in ${supply.leadTimeDays} days, later than the ${demand.leadTimeDays} needed`);
}

const normalizeCert = (name: string) => name.replace(/[\s:：-]/g, '').toUpperCase();

function certifications({ supply, demand }: PairContext): FactorReading {
  if (demand.certifications.length === 0) return reading(1, '需求未要求资质认证', 'No certification required');
  const held = new Set(supply.certifications.map(normalizeCert));
  const missing = demand.certifications.filter((name) => !held.has(normalizeCert(name)));
  if (missing.length === 0) return reading(1, `具备全部所需认证：${demand.certifications.join('、')}`, `Holds every required certification: ${demand.certifications.join(', ')}`);
  return reading(1 - missing.length / demand.certifications.length, `缺少认证：${missing.join('、')}`, `Missing certifications: ${missing.join(', ')}`);
}

function verified({ supply }: PairContext): FactorReading {
  return supply.verified
    ? reading(1, '供方已通过联盟核验', 'The supplier is verified by an alliance')
    : reading(0, '供方尚未核验', 'The supplier is not verified yet');
}

function freshness({ supply, now }: PairContext, halfDays: number): FactorReading {
  const days = Math.max(0, (now.getTime() - supply.publishedAt.getTime()) / DAY_MS);
  return reading(0.5 ** (days / halfDays), `供给发布于 ${Math.round(days)} 天前`, `Offer published ${Math.round(days)} days ago`);
}

function responsiveness({ supply }: PairContext): FactorReading {
  const hours = supply.medianResponseHours;
  if (hours === null) return reading(NEUTRAL, '尚无响应记录', 'No response history yet');
  return reading(hours <= 24 ? 1 : 24 / hours, `通常在 ${Math.round(hours)} 小时内回复`, `Usually answers within ${Math.round(hours)} hours`);
}

export interface FactorSettings {
  distanceHalfKm: number;
  freshnessHalfDays: number;
}

/** Every factor's reading of a pair; the supply side is the candidate supplier whichever side asked. */
export function readFactors(pair: PairContext, settings: FactorSettings): Record<FactorName, FactorReading> {
  return {
    TEXT_RELEVANCE: textRelevance(pair),
    CHAIN_FIT: chainFit(pair),
    DISTANCE: distance(pair, settings.distanceHalfKm),
    QUANTITY_FIT: quantityFit(pair),
    PRICE_OVERLAP: priceOverlap(pair),
    LEAD_TIME: leadTime(pair),
    CERTIFICATIONS: certifications(pair),
    VERIFIED: verified(pair),
    FRESHNESS: freshness(pair, settings.freshnessHalfDays),
    RESPONSIVENESS: responsiveness(pair),
  };
}

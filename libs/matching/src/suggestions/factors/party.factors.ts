import type { FactorReading } from '../factor.js';
import type { MatchSide, PairContext } from '../match-side.js';
import type { Sentence } from '../viewpoint.js';
import { DAY_MS, NEUTRAL, reading, type FactorSettings } from './reading.js';

/*
 * Facts about the two parties. A pair's score must not depend on who asks (a stored match is seen
 * by both), so each value weighs both sides alike; each reader is told about the other party first,
 * then about their own side.
 */

const WHO = { zh: { SUPPLY: '供方', DEMAND: '采购方' }, en: { SUPPLY: 'The supplier', DEMAND: 'The buyer' } } as const;

/** Sentences for the buyer (about the supplier) and for the supplier (about the buyer). */
function aboutEachOther(pair: PairContext, say: (other: MatchSide, own: MatchSide) => Sentence) {
  return { BUYER: say(pair.supply, pair.demand), SUPPLIER: say(pair.demand, pair.supply) };
}

export function verified(pair: PairContext): FactorReading {
  const value = (Number(pair.supply.verified) + Number(pair.demand.verified)) / 2;
  return reading(value, () => aboutEachOther(pair, (other, own) => ({
    zh: `${WHO.zh[other.kind]}${other.verified ? '已通过联盟核验' : '尚未核验'}；贵方${own.verified ? '已核验' : '尚未核验'}`,
    en: `${WHO.en[other.kind]} is ${other.verified ? 'verified by an alliance' : 'not verified yet'}; your enterprise is ${own.verified ? 'verified' : 'not verified yet'}`,
  })));
}

const ageDays = (side: MatchSide, now: Date) => Math.max(0, (now.getTime() - side.publishedAt.getTime()) / DAY_MS);
const agoZh = (days: number) => (days === 0 ? '今天' : `${days}天前`);
const agoEn = (days: number) => (days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`);

/** Both listings' ages, each halving the value every MATCH_FRESHNESS_HALF_DAYS (their mean). */
export function freshness(pair: PairContext, settings: FactorSettings): FactorReading {
  const [supplyDays, demandDays] = [ageDays(pair.supply, pair.now), ageDays(pair.demand, pair.now)];
  const value = 0.5 ** ((supplyDays + demandDays) / 2 / settings.freshnessHalfDays);
  const what = { zh: { SUPPLY: '供给', DEMAND: '需求' }, en: { SUPPLY: 'offer', DEMAND: 'need' } } as const;
  return reading(value, () => aboutEachOther(pair, (other, own) => {
    const [otherDays, ownDays] = [Math.round(ageDays(other, pair.now)), Math.round(ageDays(own, pair.now))];
    return {
      zh: `对方${what.zh[other.kind]}发布于${agoZh(otherDays)}；贵方${what.zh[own.kind]}发布于${agoZh(ownDays)}`,
      en: `The ${what.en[other.kind]} was published ${agoEn(otherDays)}; your ${what.en[own.kind]} ${agoEn(ownDays)}`,
    };
  }));
}

const answerValue = (hours: number | null) => (hours === null ? NEUTRAL : hours <= 24 ? 1 : 24 / hours);

/** How quickly each enterprise answers interest (median hours): a day or less is full marks. */
export function responsiveness(pair: PairContext): FactorReading {
  const value = (answerValue(pair.supply.medianResponseHours) + answerValue(pair.demand.medianResponseHours)) / 2;
  const zh = (hours: number | null) => (hours === null ? '尚无回复记录' : `通常在${Math.max(1, Math.round(hours))}小时内回复`);
  const en = (hours: number | null) => {
    if (hours === null) return 'has no response history yet';
    const rounded = Math.max(1, Math.round(hours));
    return `usually answers within ${rounded} hour${rounded === 1 ? '' : 's'}`;
  };
  return reading(value, () => aboutEachOther(pair, (other, own) => ({
    zh: `${WHO.zh[other.kind]}${zh(other.medianResponseHours)}；贵方${zh(own.medianResponseHours)}`,
    en: `${WHO.en[other.kind]} ${en(other.medianResponseHours)}; your enterprise ${en(own.medianResponseHours)}`,
  })));
}

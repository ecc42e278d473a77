import { ConcentrationBasis } from '../compute/supply-share.js';
import { count, decimal, percent, type Bilingual } from '../explain/format.js';
import { measuresOf, type MeasureReader } from '../explain/measure.js';
import { RiskClass } from './risk-class.js';
import { RiskReasonCode, type RiskReasonRecord } from './risk-classification.js';
import { RISK_CLASS_LABEL } from './risk-labels.js';

/** Names a reason's sentence needs, resolved by the caller from the reference data. */
export interface RiskReasonContext {
  area: Bilingual;
  topCity: Bilingual | null;
  basis: ConcentrationBasis;
}

type Values = MeasureReader;
type Thresholds = MeasureReader;
type Render = (value: Values, threshold: Thresholds, context: RiskReasonContext, reason: RiskReasonRecord) => Bilingual;

const BASIS: Record<ConcentrationBasis, Bilingual> = {
  [ConcentrationBasis.LISTING_COUNT]: { zh: '按有效供应条数计', en: 'by live listing count' },
  [ConcentrationBasis.CAPACITY]: { zh: '按产能计', en: 'by capacity' },
};

const classOf = (reason: RiskReasonRecord) => RISK_CLASS_LABEL[reason.leadsTo ?? RiskClass.BROKEN];
const n = (value: number | null) => value ?? 0;

const RENDER: Record<Exclude<RiskReasonCode, RiskReasonCode.UPSTREAM_EXPOSED>, Render> = {
  [RiskReasonCode.NO_ACTIVITY]: (_v, _t, { area }) => ({
    zh: `${area.zh}目前没有该环节的有效需求和供应。`, en: `No live demand or supply of this segment in ${area.en}.` }),
  [RiskReasonCode.NO_SUPPLY]: (v, _t, { area }) => ({
    zh: `${area.zh}有 ${n(v('demandListings'))} 条有效需求，但没有该环节的有效供应（断链）。`,
    en: `${count(n(v('demandListings')), 'live demand listing')} in ${area.en} and no live supply of this segment there (broken).` }),
  [RiskReasonCode.SINGLE_SUPPLIER]: (_v, _t, { area }) => ({
    zh: `${area.zh}只有 1 家企业供应该环节（单一来源）。`, en: `Only one enterprise supplies this segment in ${area.en} (single source).` }),
  [RiskReasonCode.HHI_ABOVE]: (v, t, { basis }) => ({
    zh: `供应企业集中度 HHI 为 ${decimal(v('hhi'))}（${BASIS[basis].zh}），高于阈值 ${decimal(t('hhi'))}。`,
    en: `Supplier concentration (HHI, ${BASIS[basis].en}) is ${decimal(v('hhi'))}, above the threshold ${decimal(t('hhi'))}.` }),
  [RiskReasonCode.TOP_CITY_ABOVE]: (v, t, { topCity }) => ({
    zh: `${topCity?.zh ?? '一个城市'}持有 ${percent(v('topCityShare'))} 的有效供应，超过 ${percent(t('topCityShare'))}。`,
    en: `${topCity?.en ?? 'One city'} holds ${percent(v('topCityShare'))} of live supply, more than ${percent(t('topCityShare'))}.` }),
  [RiskReasonCode.SUPPLY_THIN]: (v, t) => ({
    zh: `有效供应 ${n(v('supplyListings'))} 条、需求 ${n(v('demandListings'))} 条，每条需求仅 ${decimal(v('supplyPerDemand'))} 条供应，低于 ${decimal(t('supplyPerDemand'))}。`,
    en: `${count(n(v('supplyListings')), 'live supply listing')} for ${n(v('demandListings'))} demand: ${decimal(v('supplyPerDemand'))} per demand, below ${decimal(t('supplyPerDemand'))}.` }),
  [RiskReasonCode.WITHIN_THRESHOLDS]: withinThresholds,
  [RiskReasonCode.LAPSING_SUPPLY]: (v, _t, _c, reason) => ({
    zh: `${n(v('lapsingSupplyListings'))} 条供应将在 ${n(v('lapseDays'))} 天内到期；若不续期，剩余 ${n(v('suppliersAfterLapse'))} 家供应企业，该环节将变为「${classOf(reason).zh}」。`,
    en: `${count(n(v('lapsingSupplyListings')), 'supply listing')} lapse within ${n(v('lapseDays'))} days; unless renewed, `
      + `${count(n(v('suppliersAfterLapse')), 'supplier')} remain and the segment becomes ${classOf(reason).en}.` }),
  [RiskReasonCode.DEMAND_JUMP]: demandJump,
};

function withinThresholds(v: Values, t: Thresholds, context: RiskReasonContext): Bilingual {
  const city = v('topCityShare') === null
    ? { zh: '单一城市地区不看城市占比', en: 'city share not applied to a one-city area' }
    : { zh: `最大城市占比 ${percent(v('topCityShare'))} ≤ ${percent(t('topCityShare'))}`, en: `top city ${percent(v('topCityShare'))} ≤ ${percent(t('topCityShare'))}` };
  const ratio = v('supplyPerDemand') === null
    ? { zh: '暂无需求', en: 'no demand yet' }
    : { zh: `每条需求 ${decimal(v('supplyPerDemand'))} 条供应 ≥ ${decimal(t('supplyPerDemand'))}`, en: `${decimal(v('supplyPerDemand'))} supply per demand ≥ ${decimal(t('supplyPerDemand'))}` };
  return {
    zh: `${n(v('suppliers'))} 家供应企业；HHI ${decimal(v('hhi'))} ≤ ${decimal(t('hhi'))}（${BASIS[context.basis].zh}）；${city.zh}；${ratio.zh}。`,
    en: `${count(n(v('suppliers')), 'supplier')}; HHI ${decimal(v('hhi'))} ≤ ${decimal(t('hhi'))} (${BASIS[context.basis].en}); ${city.en}; ${ratio.en}.`,
  };
}

function demandJump(v: Values, t: Thresholds): Bilingual {
  const days = n(v('periodDays'));
  const before = n(v('previousDemand'));
  const multiple = v('demandMultiple');
  return {
    zh: `近 ${days} 天新增需求 ${n(v('newDemand'))} 条，此前 ${days} 天为 ${before} 条`
      + `${multiple === null ? '' : `（${decimal(multiple, 1)} 倍）`}，达到预警：${decimal(t('demandMultiple'), 1)} 倍且不少于 ${n(t('newDemand'))} 条。`,
    en: `${count(n(v('newDemand')), 'new demand listing')} in the last ${days} days against ${before} in the ${days} days before`
      + `${multiple === null ? '' : ` (${decimal(multiple, 1)}×)`}; the warning starts at ${decimal(t('demandMultiple'), 1)}× and ${n(t('newDemand'))} listings.`,
  };
}

/** The reason's sentence in Chinese and English, built from the numbers it carries. */
export function describeRiskReason(reason: RiskReasonRecord, context: RiskReasonContext): Bilingual {
  if (reason.code === RiskReasonCode.UPSTREAM_EXPOSED) throw new Error('exposure is described by describeExposure');
  const { value, threshold } = measuresOf(reason.measures);
  return RENDER[reason.code](value, threshold, context, reason);
}

/** A feeder the segment is exposed to, as a reason. */
export function describeExposure(feeder: Bilingual, via: Bilingual[], riskClass: RiskClass, area: Bilingual): Bilingual {
  const label = RISK_CLASS_LABEL[riskClass];
  const path = via.length === 0 ? { zh: '', en: '' } : { zh: `（经由${via.map((s) => `「${s.zh}」`).join('、')}）`, en: ` (through ${via.map((s) => s.en).join(', ')})` };
  return {
    zh: `上游环节「${feeder.zh}」在${area.zh}为「${label.zh}」${path.zh}，本环节的供给受其影响。`,
    en: `Upstream, ${feeder.en} is ${label.en} in ${area.en}${path.en}: this segment's inputs are exposed.`,
  };
}

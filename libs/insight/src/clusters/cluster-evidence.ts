import { count, decimal, percent, type Bilingual } from '../explain/format.js';
import { measuresOf, type MeasureReader } from '../explain/measure.js';
import { ClusterEvidenceCode, type ClusterEvidenceRecord } from './cluster-classification.js';

type Values = MeasureReader;
type Thresholds = MeasureReader;

const n = (value: number | null) => value ?? 0;
const change = (value: number | null) => (value === null ? '—' : `${value >= 0 ? '+' : ''}${percent(value)}`);

const RENDER: Record<ClusterEvidenceCode, (v: Values, t: Thresholds, place: Bilingual) => Bilingual> = {
  [ClusterEvidenceCode.TOO_FEW_ENTERPRISES]: (v, t, place) => ({
    zh: `${place.zh}该产业链只有 ${n(v('enterprises'))} 家企业，少于成群门槛 ${n(t('enterprises'))} 家（分散）。`,
    en: `${count(n(v('enterprises')), 'enterprise')} of the chain in ${place.en}, fewer than the ${n(t('enterprises'))} a cluster needs (dispersed).` }),
  [ClusterEvidenceCode.LISTINGS_FELL]: (v, t) => ({
    zh: `有效信息从一个周期前的 ${n(v('liveListingsPeriodAgo'))} 条降至 ${n(v('liveListings'))} 条（${change(v('listingChange'))}），跌幅达到 ${percent(-(t('listingChange') ?? 0))}（衰退）。`,
    en: `Live listings fell from ${n(v('liveListingsPeriodAgo'))} a period ago to ${n(v('liveListings'))} (${change(v('listingChange'))}), `
      + `a fall of at least ${percent(-(t('listingChange') ?? 0))} (declining).` }),
  [ClusterEvidenceCode.MATURE_PROFILE]: (v, t) => ({
    zh: `上中下游 ${n(v('stagesPresent'))} 个环节齐全，区位商 ${decimal(v('locationQuotient'))} ≥ ${decimal(t('locationQuotient'))}，占全区域该链企业 ${percent(v('chainShare'))} ≥ ${percent(t('chainShare'))}（成熟）。`,
    en: `All ${n(v('stagesPresent'))} stages present, location quotient ${decimal(v('locationQuotient'))} ≥ ${decimal(t('locationQuotient'))}, `
      + `${percent(v('chainShare'))} of the chain's enterprises in the region ≥ ${percent(t('chainShare'))} (mature).` }),
  [ClusterEvidenceCode.LISTINGS_ROSE]: (v, t) => ({
    zh: `有效信息从一个周期前的 ${n(v('liveListingsPeriodAgo'))} 条增至 ${n(v('liveListings'))} 条（${change(v('listingChange'))}），增幅达到 ${percent(t('listingChange'))}（成长）。`,
    en: `Live listings rose from ${n(v('liveListingsPeriodAgo'))} a period ago to ${n(v('liveListings'))} (${change(v('listingChange'))}), `
      + `at least the ${percent(t('listingChange'))} growth threshold (growing).` }),
  [ClusterEvidenceCode.NOT_YET_MATURE]: (v, t) => ({
    zh: `环节 ${n(v('stagesPresent'))}/3，区位商 ${decimal(v('locationQuotient'))}（成熟需 ≥ ${decimal(t('locationQuotient'))}），占该链企业 ${percent(v('chainShare'))}（需 ≥ ${percent(t('chainShare'))}），`
      + `有效信息变化 ${change(v('listingChange'))}（成长需 ≥ ${percent(t('listingChange'))}）：尚在起步（萌芽）。`,
    en: `${n(v('stagesPresent'))} of 3 stages, location quotient ${decimal(v('locationQuotient'))} (mature from ${decimal(t('locationQuotient'))}), `
      + `${percent(v('chainShare'))} of the chain's enterprises (from ${percent(t('chainShare'))}), live listings ${change(v('listingChange'))} `
      + `(growing from ${percent(t('listingChange'))}): emerging.` }),
  [ClusterEvidenceCode.LOCATION_QUOTIENT]: (v, _t, place) => ({
    zh: `区位商 = (${n(v('enterprises'))} / ${n(v('cityEnterprises'))}) ÷ (${n(v('chainRegionEnterprises'))} / ${n(v('regionEnterprises'))}) = ${decimal(v('locationQuotient'))}：`
      + `该链在${place.zh}企业中的占比与其在全区域占比之比。`,
    en: `Location quotient = (${n(v('enterprises'))} / ${n(v('cityEnterprises'))}) ÷ (${n(v('chainRegionEnterprises'))} / ${n(v('regionEnterprises'))}) = `
      + `${decimal(v('locationQuotient'))}: the chain's share of ${place.en}'s enterprises over its share of the region's.` }),
};

/** The evidence's sentence in Chinese and English, built from the numbers it carries. */
export function describeClusterEvidence(evidence: ClusterEvidenceRecord, place: Bilingual): Bilingual {
  const { value, threshold } = measuresOf(evidence.measures);
  return RENDER[evidence.code](value, threshold, place);
}

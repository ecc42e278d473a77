import { classifyCluster, listingChange } from '../clusters/cluster-classification.js';
import type { ClusterEntity } from '../clusters/cluster.entity.js';
import { describeClusterEvidence } from '../clusters/cluster-evidence.js';
import type { EnterpriseEntity } from '@chainmatch/enterprises';
import type { InsightPlaces } from '../explain/insight-places.js';
import type { FlowGroup, FlowRow } from '../flows/flow-query.service.js';
import type { InsightThresholds } from '../insight-thresholds.js';
import type { ChainLeaderEntity } from '../leaders/chain-leader.entity.js';
import type { LeaderFiguresRow } from '../leaders/chain-leader.service.js';
import { describeLeaderFigures } from '../leaders/leader-figures.js';
import { RISK_CLASS_LABEL } from '../risk/risk-labels.js';
import type { SegmentRiskEntity } from '../risk/segment-risk.entity.js';
import { share, type CsvColumn } from './csv.js';

type Explained = { row: SegmentRiskEntity; reasons: { sentenceZh: string; sentenceEn: string }[] };
type LeaderRow = { leader: ChainLeaderEntity; figures?: LeaderFiguresRow; enterprise?: EnterpriseEntity };

const col = <T>(header: string, value: CsvColumn<T>['value']): CsvColumn<T> => ({ header, value });

export const RISK_COLUMNS = (places: InsightPlaces): CsvColumn<Explained>[] => [
  col('snapshot', ({ row }) => row.snapshotId), col('taken at (数据时间)', ({ row }) => row.takenAt.toISOString()),
  col('chain (产业链)', ({ row }) => places.chain(row.chainId).zh), col('segment id', ({ row }) => row.segmentId),
  col('segment (环节)', ({ row }) => places.segment(row.segmentId).zh), col('segment', ({ row }) => places.segment(row.segmentId).en),
  col('area (地区)', ({ row }) => places.area(row.provinceAdcode).zh), col('area', ({ row }) => places.area(row.provinceAdcode).en),
  col('risk class', ({ row }) => row.riskClass), col('风险等级', ({ row }) => RISK_CLASS_LABEL[row.riskClass].zh),
  col('class of supply', ({ row }) => row.baseClass), col('class if lapsing supply is not renewed', ({ row }) => row.classAfterLapse),
  col('previous class', ({ row }) => row.previousClass), col('live demand listings (有效需求)', ({ row }) => row.demandListings),
  col('buyers (采购企业)', ({ row }) => row.buyers), col('live supply listings (有效供应)', ({ row }) => row.supplyListings),
  col('suppliers (供应企业)', ({ row }) => row.suppliers), col('HHI', ({ row }) => share(row.hhi)),
  col('top city (供应最多城市)', ({ row }) => places.city(row.topCityAdcode)?.zh), col('top city', ({ row }) => places.city(row.topCityAdcode)?.en),
  col('top city share', ({ row }) => share(row.topCityShare)), col('lapsing supply listings (即将到期供应)', ({ row }) => row.lapsingSupplyListings),
  col('suppliers after lapse', ({ row }) => row.suppliersAfterLapse), col('new demand this period (本期新增需求)', ({ row }) => row.newDemand),
  col('new demand previous period', ({ row }) => row.previousDemand), col('local supply rate (本地配套率)', ({ row }) => share(row.localSupplyRate)),
  col('median days to first suggestion', ({ row }) => (row.medianDaysToSuggestion === null ? '' : Math.round(row.medianDaysToSuggestion * 10) / 10)),
  col('原因', ({ reasons }) => reasons.map((r) => r.sentenceZh).join(' ')), col('reasons', ({ reasons }) => reasons.map((r) => r.sentenceEn).join(' ')),
];

export const CLUSTER_COLUMNS = (places: InsightPlaces, thresholds: InsightThresholds): CsvColumn<ClusterEntity>[] => {
  const evidence = (row: ClusterEntity, lang: 'zh' | 'en') => classifyCluster(row, thresholds).evidence
    .map((record) => describeClusterEvidence(record, places.city(row.cityAdcode) ?? { zh: row.cityAdcode, en: row.cityAdcode })[lang]).join(' ');
  return [
    col('snapshot', (row) => row.snapshotId), col('chain (产业链)', (row) => places.chain(row.chainId).zh), col('chain', (row) => places.chain(row.chainId).en),
    col('city adcode', (row) => row.cityAdcode), col('city (城市)', (row) => places.city(row.cityAdcode)?.zh), col('city', (row) => places.city(row.cityAdcode)?.en),
    col('province (省份)', (row) => places.area(row.provinceAdcode).zh), col('stage', (row) => row.stage), col('previous stage', (row) => row.previousStage),
    col('enterprises (企业)', (row) => row.enterprises), col('upstream enterprises', (row) => row.upstreamEnterprises),
    col('midstream enterprises', (row) => row.midstreamEnterprises), col('downstream enterprises', (row) => row.downstreamEnterprises),
    col('live listings (有效信息)', (row) => row.liveListings), col('upstream listings', (row) => row.upstreamListings),
    col('midstream listings', (row) => row.midstreamListings), col('downstream listings', (row) => row.downstreamListings),
    col('live listings a period ago', (row) => row.liveListingsPeriodAgo), col('listing change', (row) => share(listingChange(row))),
    col('location quotient (区位商)', (row) => share(row.locationQuotient)), col('city enterprises', (row) => row.cityEnterprises),
    col('chain enterprises in region', (row) => row.chainRegionEnterprises), col('region enterprises', (row) => row.regionEnterprises),
    col('依据', (row) => evidence(row, 'zh')), col('evidence', (row) => evidence(row, 'en')),
  ];
};

const sums = (): CsvColumn<FlowRow>[] => [
  col('introduced (已对接)', (row) => row.introduced), col('concluded (已成交)', (row) => row.concluded),
  col('order amount CNY (成交金额，元)', (row) => row.orderAmountCny), col('cross-border introduced (跨省对接)', (row) => row.crossBorderIntroduced),
  col('cross-border concluded', (row) => row.crossBorderConcluded), col('cross-border order amount CNY', (row) => row.crossBorderOrderAmountCny),
];

const places2 = (places: InsightPlaces, kind: 'area' | 'city', label: string): CsvColumn<FlowRow>[] => [
  col(`supplier ${label}`, (row) => (kind === 'area' ? places.area(row.key[0]) : places.city(row.key[0]))?.en),
  col(`供应方${kind === 'area' ? '省份' : '城市'}`, (row) => (kind === 'area' ? places.area(row.key[0]) : places.city(row.key[0]))?.zh),
  col(`buyer ${label}`, (row) => (kind === 'area' ? places.area(row.key[1]) : places.city(row.key[1]))?.en),
  col(`采购方${kind === 'area' ? '省份' : '城市'}`, (row) => (kind === 'area' ? places.area(row.key[1]) : places.city(row.key[1]))?.zh),
];

export const FLOW_COLUMNS: Record<FlowGroup, (places: InsightPlaces) => CsvColumn<FlowRow>[]> = {
  provinces: (places) => [...places2(places, 'area', 'province'), ...sums()],
  cities: (places) => [...places2(places, 'city', 'city'), ...sums()],
  month: () => [col('month (月份)', (row) => row.key[0]), ...sums()],
  chain: (places) => [col('chain (产业链)', (row) => places.chain(row.key[0]).zh), ...sums()],
  chainMonth: (places) => [col('chain (产业链)', (row) => places.chain(row.key[0]).zh), col('chain', (row) => places.chain(row.key[0]).en),
    col('month (月份)', (row) => row.key[1]), ...sums()],
  total: () => sums(),
};

export const LEADER_COLUMNS = (places: InsightPlaces): CsvColumn<LeaderRow>[] => [
  col('enterprise (企业)', ({ enterprise }) => enterprise?.nameZh), col('enterprise', ({ enterprise }) => enterprise?.nameEn),
  col('USCC (统一社会信用代码)', ({ enterprise }) => enterprise?.uscc), col('province (省份)', ({ enterprise }) => enterprise && places.area(enterprise.provinceAdcode).zh),
  col('chain (产业链)', ({ leader }) => places.chain(leader.chainId).zh), col('chain', ({ leader }) => places.chain(leader.chainId).en),
  col('marked at', ({ leader }) => leader.markedAt.toISOString()), col('figures taken at', ({ figures }) => figures?.takenAt.toISOString()),
  col('live demand listings (有效需求)', ({ figures }) => figures?.demandListings), col('with regional supplier (已区域配套)', ({ figures }) => figures?.withRegionalSupplier),
  col('local supply rate (本地配套率)', ({ figures }) => figures && share(describeLeaderFigures(figures).localSupplyRate)),
  col('说明', ({ figures }) => figures && describeLeaderFigures(figures).sentenceZh), col('explanation', ({ figures }) => figures && describeLeaderFigures(figures).sentenceEn),
];

import { Alert, Card, Checkbox, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { ClusterStage, IndustrialClusterFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../../i18n/i18n';
import { formatNumber, formatPercent } from '../../../shared/format';
import { useReferenceData } from '../../../shared/reference-data';
import { CsvButton } from '../csv-button';
import { PROVINCE_TINTS, STAGE_COLOURS } from './cluster-colours';
import type { Seat } from './province-areas';
import { useAllClusters } from './use-clusters';

// ECharts (~180 kB gzipped) arrives after the page and its table, which need none.
const ClusterMap = lazy(() => import('./cluster-map').then((module) => ({ default: module.ClusterMap })));

const COUNTY_SEATS = graphql(`
  query InsightCountySeats { provinces { adcode cities { counties { location { lat lng } } } } }
`);

const CLUSTER_STAGES: ClusterStage[] = ['MATURE', 'GROWING', 'EMERGING', 'DECLINING'];

function StageTag({ stage }: { stage: ClusterStage }) {
  const { t } = useI18n();
  return <Tag><i className="swatch" style={{ background: STAGE_COLOURS[stage] }} />{t.insight.clusterStages[stage]}</Tag>;
}

/** The cluster map and the same clusters as a table with the evidence for each stage. */
export function ClustersPage({ chainId, insightTick }: { chainId: string | undefined; insightTick: number }) {
  const { t, name, language } = useI18n();
  const reference = useReferenceData();
  const [stages, setStages] = useState<ClusterStage[]>(CLUSTER_STAGES);
  const [{ data: seatData }] = useQuery({ query: COUNTY_SEATS, requestPolicy: 'cache-first' });
  const filter = useMemo(() => ({ chainIds: chainId ? [chainId] : undefined, stages }), [chainId, stages]);
  const { clusters, error } = useAllClusters(filter, insightTick);
  const seats = useMemo<Seat[]>(() => (seatData?.provinces ?? []).flatMap((province, index) => province.cities.flatMap((city) =>
    city.counties.flatMap((county) => (county.location ? [{ lng: county.location.lng, lat: county.location.lat, province: index }] : [])))), [seatData]);
  const cities = useMemo(() => (reference?.provinces ?? []).flatMap((province) => province.cities), [reference]);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card title={<h2 className="card-title">{t.insight.clustersTitle}</h2>}>
        <Checkbox.Group aria-label={t.insight.stage} value={stages} onChange={setStages}
          options={CLUSTER_STAGES.map((stage) => ({ value: stage, label: <StageTag stage={stage} /> }))} />
        {error && <Alert type="warning" showIcon title={error.message} />}
        {!clusters || seats.length === 0 ? <Skeleton active /> : (
          <Suspense fallback={<Skeleton active />}><ClusterMap seats={seats} cities={cities} clusters={clusters} /></Suspense>
        )}
        <div className="map-legend" aria-hidden>
          {(reference?.provinces ?? []).map((province, index) => (
            <span key={province.adcode}><i className="swatch" style={{ background: PROVINCE_TINTS[index] }} />{name(province)}</span>
          ))}
        </div>
        <Typography.Paragraph type="secondary">{t.insight.mapHint}</Typography.Paragraph>
        <CsvButton table="clusters" params={{ chainId }} />
      </Card>
      <Card>
        <Table<IndustrialClusterFieldsFragment>
          rowKey="id" size="small" loading={!clusters} dataSource={clusters ?? []} scroll={{ x: 720 }}
          pagination={{ pageSize: 10, showSizeChanger: false }} locale={{ emptyText: t.insight.noClusters }}
          expandable={{
            expandedRowRender: (cluster) => (
              <ul className="cluster-evidence" aria-label={t.insight.evidence}>
                {cluster.evidence.map((evidence, index) => (
                  <li key={index} className={evidence.decisive ? 'decisive' : undefined}>{language === 'zh' ? evidence.sentenceZh : evidence.sentenceEn}</li>
                ))}
              </ul>
            ),
          }}
          columns={[
            { title: t.insight.city, key: 'city', render: (_, cluster) => name({ nameZh: cluster.city.nameZh, nameEn: cluster.city.nameEnUnique }) },
            { title: t.insight.chain, key: 'chain', render: (_, cluster) => name(cluster.chain) },
            { title: t.insight.stage, key: 'stage', render: (_, cluster) => <StageTag stage={cluster.stage} /> },
            { title: t.insight.enterprises, dataIndex: 'enterprises', align: 'right' },
            { title: t.insight.locationQuotient, key: 'lq', align: 'right', render: (_, cluster) => (cluster.locationQuotient == null ? '–' : formatNumber(language, cluster.locationQuotient)) },
            { title: t.insight.liveListings, dataIndex: 'liveListings', align: 'right' },
            { title: t.insight.listingChange, key: 'change', align: 'right', render: (_, cluster) => formatPercent(language, cluster.listingChange) },
          ]}
        />
      </Card>
    </Space>
  );
}

import { Button, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CurationQueueQuery, CurationSort, MatchStatus } from '../../gql/graphql';
import { format, useI18n } from '../../i18n/i18n';
import { formatDate, formatScore } from '../../shared/format';
import { useReferenceData } from '../../shared/reference-data';
import { HiddenListingLabel } from '../../shared/hidden-listing';
import { MatchStatusTag } from '../../shared/status-tags';
import { useLiveTick } from '../../shared/use-live';
import { useReloadOn } from '../../shared/use-reload-on';

graphql(`
  fragment QueueSide on ListingView {
    __typename id status
    ... on Listing { title province { nameZh nameEn } enterprise { id nameZh nameEn } }
  }
`);
const QUEUE = graphql(`
  query CurationQueue($filter: CurationQueueFilter, $sort: CurationSort, $first: Int, $after: String) {
    curationQueue(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id status score createdAt
          demandListing { ...QueueSide }
          supplyListing { ...QueueSide }
        }
      }
    }
  }
`);
const QUEUE_CHANGED = graphql(`subscription CurationQueueLive { curationQueueChanged { matchId kind status } }`);

const STATUSES: MatchStatus[] = ['SUGGESTED', 'SHORTLISTED', 'INTRODUCED', 'MEETING_HELD', 'SAMPLE_SENT', 'ORDER_PLACED', 'NO_DEAL', 'DISMISSED'];
const PAGE_SIZE = 20;

type Row = CurationQueueQuery['curationQueue']['edges'][number]['node'];
interface Filters {
  chainIds: string[];
  provinceAdcodes: string[];
  statuses: MatchStatus[];
  minScore?: number;
  sort: CurationSort;
}

/** Matches to curate inside the caller's coverage, filtered and sorted as the API allows, updating live. */
export default function CurationQueuePage() {
  const { t, name, language } = useI18n();
  const reference = useReferenceData();
  const [filters, setFilters] = useState<Filters>({ chainIds: [], provinceAdcodes: [], statuses: [], sort: 'SCORE_DESC' });
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const liveTick = useLiveTick(QUEUE_CHANGED, () => t.curation.queueChanged);
  const variables = useMemo(() => ({
    filter: {
      chainIds: filters.chainIds.length ? filters.chainIds : undefined,
      provinceAdcodes: filters.provinceAdcodes.length ? filters.provinceAdcodes : undefined,
      statuses: filters.statuses.length ? filters.statuses : undefined,
      minScore: filters.minScore != null ? filters.minScore / 100 : undefined,
    },
    sort: filters.sort, first: PAGE_SIZE, after: cursors.at(-1),
  }), [filters, cursors]);
  const [{ data, fetching }, reload] = useQuery({ query: QUEUE, variables, requestPolicy: 'cache-and-network' });
  useReloadOn(liveTick, reload);
  const change = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setCursors([undefined]);
  };
  const queue = data?.curationQueue;
  const side = (listing: Row['demandListing']) => (listing.__typename === 'HiddenListing' ? <HiddenListingLabel status={listing.status} /> : (
    <>
      <div>{name(listing.enterprise)} · {name(listing.province)}</div>
      <Typography.Text type="secondary">{listing.title}</Typography.Text>
    </>
  ));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">{t.curation.title}</Typography.Title>
      <Space wrap aria-label={t.curation.filters}>
        <Select mode="multiple" allowClear placeholder={t.curation.chain} aria-label={t.curation.chain} style={{ minWidth: 180 }} value={filters.chainIds}
          onChange={(chainIds) => change({ chainIds })} options={(reference?.chains ?? []).map((chain) => ({ value: chain.id, label: name(chain) }))} />
        <Select mode="multiple" allowClear placeholder={t.curation.province} aria-label={t.curation.province} style={{ minWidth: 160 }} value={filters.provinceAdcodes}
          onChange={(provinceAdcodes) => change({ provinceAdcodes })} options={(reference?.provinces ?? []).map((province) => ({ value: province.adcode, label: name(province) }))} />
        <Select mode="multiple" allowClear placeholder={t.curation.statuses} aria-label={t.curation.statuses} style={{ minWidth: 180 }} value={filters.statuses}
          onChange={(statuses) => change({ statuses })} options={STATUSES.map((status) => ({ value: status, label: t.matchStatuses[status] }))} />
        <InputNumber min={0} max={100} suffix="%" placeholder={t.curation.minScore} aria-label={t.curation.minScore} value={filters.minScore}
          onChange={(minScore) => change({ minScore: minScore ?? undefined })} style={{ width: 140 }} />
        <Select<CurationSort> aria-label={t.curation.sort} value={filters.sort} onChange={(sort) => change({ sort })} style={{ minWidth: 120 }}
          options={[{ value: 'SCORE_DESC', label: t.curation.sortScore }, { value: 'NEWEST', label: t.curation.sortNewest }, { value: 'OLDEST', label: t.curation.sortOldest }]} />
      </Space>
      <Typography.Text aria-live="polite">{queue ? format(t.common.total, { n: queue.totalCount }) : t.common.loading}</Typography.Text>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={fetching && !data}
        dataSource={queue?.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t.curation.empty }}
        columns={[
          { title: t.common.score, key: 'score', render: (_, row) => <Link to={`/matches/${row.id}`}>{formatScore(row.score)}</Link>, width: 80 },
          { title: t.curation.demand, key: 'demand', render: (_, row) => side(row.demandListing) },
          { title: t.curation.supply, key: 'supply', render: (_, row) => side(row.supplyListing) },
          { title: t.common.status, key: 'status', render: (_, row) => <MatchStatusTag status={row.status} />, width: 110 },
          { title: t.common.createdAt, key: 'createdAt', render: (_, row) => formatDate(language, row.createdAt), width: 120 },
          { title: t.common.actions, key: 'open', render: (_, row) => <Link to={`/matches/${row.id}`}>{t.matches.openMatch}</Link>, width: 100 },
        ]}
      />
      <Space>
        <Button disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>{t.common.previous}</Button>
        <span>{format(t.common.page, { n: cursors.length })}</span>
        <Button disabled={!queue?.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, queue?.pageInfo.endCursor ?? undefined])}>{t.common.next}</Button>
      </Space>
    </Space>
  );
}

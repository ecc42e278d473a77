import { Alert, Drawer, List, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { refusalText } from '../../../api/errors';
import { graphql } from '../../../gql';
import { format, useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../shared/format';
import type { ChosenCell } from './risk-heatmap';

const UNMATCHED = graphql(`
  query InsightUnmatchedDemand($filter: SegmentRiskFilter!) {
    segmentRisks(filter: $filter, first: 1) {
      edges { node { id unmatchedDemand(first: 50) { totalCount edges { node { id title publishedAt enterprise { nameZh nameEn } } } } } }
    }
  }
`);

/**
 * Staff drill-down: the live demand of a segment in an area still without a supplier there, longest
 * waiting first, as the API gives it to staff covering it (a refusal shows as the API says it).
 */
export function UnmatchedDemandDrawer({ cell, onClose }: { cell: ChosenCell; onClose: () => void }) {
  const { t, name, language } = useI18n();
  const filter = cell.provinceAdcode
    ? { segmentIds: [cell.segment.id], provinceAdcodes: [cell.provinceAdcode], scope: 'PROVINCE' as const }
    : { segmentIds: [cell.segment.id], scope: 'REGION' as const };
  const [{ data, fetching, error }] = useQuery({ query: UNMATCHED, variables: { filter }, requestPolicy: 'network-only' });
  const demand = data?.segmentRisks.edges[0]?.node.unmatchedDemand;
  return (
    <Drawer open onClose={onClose} size="large" title={format(t.insight.unmatchedTitle, { segment: name(cell.segment), area: cell.areaName })}>
      {error && <Alert type="warning" showIcon title={refusalText(t, error)} />}
      {demand && <Typography.Text type="secondary">{format(t.common.total, { n: demand.totalCount })}</Typography.Text>}
      <List loading={fetching} dataSource={demand?.edges.map((edge) => edge.node) ?? []} locale={{ emptyText: <Typography.Text type="secondary">{t.insight.unmatchedEmpty}</Typography.Text> }}
        renderItem={(listing) => (
          <List.Item className="unmatched-item">
            <List.Item.Meta title={<Link to={`/listings/${listing.id}`}>{listing.title}</Link>}
              description={`${name(listing.enterprise)} · ${format(t.insight.waitingSince, { date: formatDate(language, listing.publishedAt!) })}`} />
          </List.Item>
        )} />
    </Drawer>
  );
}

import { Alert, Card, List, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { refusalText } from '../../../api/errors';
import { useSession } from '../../../api/use-session';
import { graphql } from '../../../gql';
import type { InsightChainLeadersQuery } from '../../../gql/graphql';
import { format, useI18n } from '../../../i18n/i18n';
import { formatDate, formatPercent } from '../../../shared/format';
import { isCurator } from '../../../shared/roles';
import { useReloadOn } from '../../../shared/use-reload-on';
import { CsvButton } from '../csv-button';

const LEADERS = graphql(`
  query InsightChainLeaders($filter: ChainLeaderFilter) {
    chainLeaders(filter: $filter, first: 100) {
      edges { node {
        enterpriseId chainId markedAt note
        enterprise { nameZh nameEn province { adcode } city { nameZh nameEnUnique } }
        chain { nameZh nameEn }
        figures { demandListings withRegionalSupplier localSupplyRate sentenceZh sentenceEn }
      } }
    }
  }
`);

// The API has no leader by id: the chain's leaders in the leader's province (few), each with up to 20
// needs, keeps the request well inside the complexity limit.
const NEEDS = graphql(`
  query InsightLeaderNeeds($filter: ChainLeaderFilter) {
    chainLeaders(filter: $filter, first: 10) {
      edges { node { enterpriseId chainId unmatchedNeeds(first: 20) { totalCount edges { node { id title publishedAt segment { nameZh nameEn } } } } } }
    }
  }
`);

type Leader = InsightChainLeadersQuery['chainLeaders']['edges'][number]['node'];

/** A leader's live needs still without a regional supplier: for staff covering it, admins and its own members (the API decides). */
function LeaderNeeds({ leader }: { leader: Leader }) {
  const { t, name, language } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: NEEDS, variables: { filter: { chainIds: [leader.chainId], provinceAdcodes: [leader.enterprise.province.adcode] } }, requestPolicy: 'network-only' });
  const needs = data?.chainLeaders.edges.find((edge) => edge.node.enterpriseId === leader.enterpriseId)?.node.unmatchedNeeds;
  if (error) return <Alert type="warning" showIcon title={refusalText(t, error)} />;
  return (
    <List size="small" loading={fetching} header={needs && `${t.insight.unmatchedNeeds} · ${format(t.common.total, { n: needs.totalCount })}`}
      dataSource={needs?.edges.map((edge) => edge.node) ?? []} locale={{ emptyText: <Typography.Text type="secondary">{t.insight.unmatchedEmpty}</Typography.Text> }}
      renderItem={(listing) => (
        <List.Item>
          <Link to={`/listings/${listing.id}`}>{listing.title}</Link> · {name(listing.segment)} · {format(t.insight.waitingSince, { date: formatDate(language, listing.publishedAt!) })}
        </List.Item>
      )} />
  );
}

/** Chain leaders with their local supply rate; staff, admins and a leader's own members open its unmatched needs. */
export function LeadersPage({ chainId, insightTick }: { chainId: string | undefined; insightTick: number }) {
  const { t, name, language } = useI18n();
  const user = useSession()?.user;
  const [{ data, fetching }, reload] = useQuery({ query: LEADERS, variables: { filter: { chainIds: chainId ? [chainId] : undefined } } });
  useReloadOn(insightTick, reload);
  const mayOpenNeeds = (leader: Leader) => Boolean(user && (isCurator(user.role) || user.enterpriseId === leader.enterpriseId));
  return (
    <Card title={<h2 className="card-title">{t.insight.leadersTitle}</h2>}>
      <Table<Leader>
        size="small" loading={fetching && !data} rowKey={(leader) => `${leader.enterpriseId}-${leader.chainId}`} scroll={{ x: 720 }}
        dataSource={data?.chainLeaders.edges.map((edge) => edge.node) ?? []} pagination={false} locale={{ emptyText: t.insight.noLeaders }}
        expandable={{ rowExpandable: mayOpenNeeds, expandedRowRender: (leader) => <LeaderNeeds leader={leader} />, columnTitle: t.insight.showNeeds, columnWidth: 130 }}
        columns={[
          { title: t.insight.enterprise, key: 'enterprise', render: (_, leader) => (
            <>{name(leader.enterprise)}<Typography.Text type="secondary"> · {name({ nameZh: leader.enterprise.city.nameZh, nameEn: leader.enterprise.city.nameEnUnique })}</Typography.Text></>
          ) },
          { title: t.insight.chain, key: 'chain', render: (_, leader) => name(leader.chain) },
          { title: t.insight.localSupplyRate, key: 'rate', align: 'right', render: (_, leader) => formatPercent(language, leader.figures?.localSupplyRate) },
          { title: t.insight.evidence, key: 'sentence', render: (_, leader) => (leader.figures ? (language === 'zh' ? leader.figures.sentenceZh : leader.figures.sentenceEn) : '–') },
          { title: t.insight.markedAt, key: 'marked', render: (_, leader) => formatDate(language, leader.markedAt) },
          { title: t.insight.note, key: 'note', render: (_, leader) => leader.note ?? '' },
        ]}
      />
      <CsvButton table="chain-leaders" params={{ chainId }} />
    </Card>
  );
}

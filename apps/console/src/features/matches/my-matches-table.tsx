import { Card, Table } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import type { MyMatchesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatScore } from '../../shared/format';
import { MatchStatusTag } from '../../shared/status-tags';
import { useReloadOn } from '../../shared/use-reload-on';

const MY_MATCHES = graphql(`
  query MyMatches {
    myMatches(first: 50) {
      totalCount
      edges {
        node {
          id status score
          demandListing { id title enterprise { id nameZh nameEn } }
          supplyListing { id title enterprise { id nameZh nameEn } }
        }
      }
    }
  }
`);

type Row = MyMatchesQuery['myMatches']['edges'][number]['node'];

/** My enterprise's matches as staff curate them (either side), each opening its match page. */
export function MyMatchesTable({ liveTick }: { liveTick: number }) {
  const { t, name } = useI18n();
  const enterpriseId = useSession()?.user.enterpriseId;
  const [{ data, fetching }, reload] = useQuery({ query: MY_MATCHES, requestPolicy: 'cache-and-network' });
  useReloadOn(liveTick, reload);
  const counterpart = (row: Row) => (row.demandListing.enterprise.id === enterpriseId ? row.supplyListing : row.demandListing);
  return (
    <Card title={<h2 className="card-title">{t.matches.myMatches}</h2>}>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={fetching && !data}
        dataSource={data?.myMatches.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        locale={{ emptyText: t.matches.noMatches }}
        columns={[
          {
            title: t.matches.counterpart, key: 'counterpart',
            render: (_, row) => <Link to={`/matches/${row.id}`}>{name(counterpart(row).enterprise)} · {counterpart(row).title}</Link>,
          },
          { title: t.common.score, key: 'score', render: (_, row) => formatScore(row.score), width: 70 },
          { title: t.common.status, key: 'status', render: (_, row) => <MatchStatusTag status={row.status} />, width: 100 },
        ]}
      />
    </Card>
  );
}

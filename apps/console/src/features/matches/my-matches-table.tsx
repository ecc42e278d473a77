import { Card, Table } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import type { MyMatchesQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatScore } from '../../shared/format';
import { HiddenListingLabel } from '../../shared/hidden-listing';
import { MatchStatusTag } from '../../shared/status-tags';
import { useReloadOn } from '../../shared/use-reload-on';

graphql(`
  fragment MyMatchSide on ListingView {
    __typename id status
    ... on Listing { title enterprise { id nameZh nameEn } }
  }
`);
const MY_MATCHES = graphql(`
  query MyMatches {
    myMatches(first: 50) {
      totalCount
      edges {
        node {
          id status score
          demandListing { ...MyMatchSide }
          supplyListing { ...MyMatchSide }
        }
      }
    }
  }
`);

type Row = MyMatchesQuery['myMatches']['edges'][number]['node'];
type Side = Row['demandListing'];

/** My enterprise's matches as staff curate them (either side), each opening its match page. */
export function MyMatchesTable({ liveTick }: { liveTick: number }) {
  const { t, name } = useI18n();
  const enterpriseId = useSession()?.user.enterpriseId;
  const [{ data, fetching }, reload] = useQuery({ query: MY_MATCHES, requestPolicy: 'cache-and-network' });
  useReloadOn(liveTick, reload);
  // Our own side is always readable to us; the other may come hidden (not live, and not ours).
  const ours = (side: Side) => side.__typename === 'Listing' && side.enterprise.id === enterpriseId;
  const counterpart = (row: Row) => (ours(row.demandListing) ? row.supplyListing : row.demandListing);
  const label = (row: Row) => {
    const side = counterpart(row);
    return <Link to={`/matches/${row.id}`}>{side.__typename === 'Listing' ? `${name(side.enterprise)} · ${side.title}` : <HiddenListingLabel status={side.status} />}</Link>;
  };
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
            render: (_, row) => label(row),
          },
          { title: t.common.score, key: 'score', render: (_, row) => formatScore(row.score), width: 70 },
          { title: t.common.status, key: 'status', render: (_, row) => <MatchStatusTag status={row.status} />, width: 100 },
        ]}
      />
    </Card>
  );
}

import { Col, Empty, Row, Select, Space, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import { format, useI18n } from '../../i18n/i18n';
import { useLiveTick } from '../../shared/use-live';
import { MyMatchesTable } from './my-matches-table';
import { SuggestionList } from './suggestion-list';

const MY_ACTIVE_LISTINGS = graphql(`
  query MyActiveListings($enterpriseId: ID!) {
    listings(first: 100, filter: { enterpriseId: $enterpriseId, statuses: [ACTIVE] }) {
      edges { node { id kind title } }
    }
  }
`);

const MATCH_SUGGESTED = graphql(`subscription MatchSuggestedLive { matchSuggested { matchId kind status } }`);
const MATCH_CHANGED = graphql(`subscription MyMatchChangedLive { myMatchChanged { matchId kind status } }`);

/** For each of my active listings, the suggested counterparts with their reasons; and my matches as staff curate them, live. */
export default function MatchesPage() {
  const { t } = useI18n();
  const enterpriseId = useSession()?.user.enterpriseId ?? '';
  const [params, setParams] = useSearchParams();
  const [{ data }] = useQuery({ query: MY_ACTIVE_LISTINGS, variables: { enterpriseId } });
  const listings = data?.listings.edges.map((edge) => edge.node) ?? [];
  const chosen = listings.find((listing) => listing.id === params.get('listing')) ?? listings[0];
  /** Moves on with each live event: the lists below then read afresh. */
  const liveTick = useLiveTick(MATCH_SUGGESTED, () => t.matches.newSuggestion)
    + useLiveTick(MATCH_CHANGED, (event) => format(t.matches.matchChanged, { status: t.matchStatuses[event.myMatchChanged.status] }));


  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={1} className="page-title">{t.matches.title}</Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} xl={14}>
          <label className="field-label" htmlFor="match-listing">{t.matches.forListing}</label>
          <Select id="match-listing" style={{ width: '100%' }} placeholder={t.matches.chooseListing} value={chosen?.id}
            onChange={(listing) => setParams({ listing })} options={listings.map((listing) => ({ value: listing.id, label: `${t.kinds[listing.kind]} · ${listing.title}` }))} />
          {chosen ? <SuggestionList listingId={chosen.id} kind={chosen.kind} liveTick={liveTick} /> : <Empty description={t.matches.noActiveListings} />}
        </Col>
        <Col xs={24} xl={10}>
          <MyMatchesTable liveTick={liveTick} />
        </Col>
      </Row>
    </Space>
  );
}

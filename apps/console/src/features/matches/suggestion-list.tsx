import { Card, Collapse, Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ListingKind, SuggestionsQuery } from '../../gql/graphql';
import { format, useI18n } from '../../i18n/i18n';
import { ExplanationCard } from '../../shared/explanation-card';
import { formatKm, formatScore } from '../../shared/format';
import { HiddenListingLabel } from '../../shared/hidden-listing';
import { VerifiedTag } from '../../shared/status-tags';
import { useReloadOn } from '../../shared/use-reload-on';
import { ExpressInterestButton } from '../listings/express-interest-button';

const SUGGESTIONS = graphql(`
  query Suggestions($listingId: ID!) {
    matchesForListing(listingId: $listingId, first: 10) {
      score
      distanceKm
      explanation { factor value weight contribution sentenceZh sentenceEn }
      listing {
        __typename id kind status
        ... on Listing {
          title
          city { nameZh nameEnUnique }
          enterprise { id nameZh nameEn verified }
        }
      }
    }
  }
`);

type Suggestion = SuggestionsQuery['matchesForListing'][number];

/** Where the counterpart's enterprise is and how far; nothing when the API hides the listing (not live, not ours). */
function CounterpartPlace({ suggestion }: { suggestion: Suggestion }) {
  const { t, name, language } = useI18n();
  const { listing } = suggestion;
  if (listing.__typename === 'HiddenListing') return null;
  return (
    <Space wrap size={4}>
      <Typography.Text type="secondary">{name(listing.enterprise)}</Typography.Text>
      <VerifiedTag verified={listing.enterprise.verified} />
      <Typography.Text type="secondary">
        {name({ nameZh: listing.city.nameZh, nameEn: listing.city.nameEnUnique })}
        {suggestion.distanceKm != null && ` · ${formatKm(t, language, suggestion.distanceKm)}`}
      </Typography.Text>
    </Space>
  );
}

/** The counterparts suggested for one listing, best first, each with its score and the reasons. */
export function SuggestionList({ listingId, kind, liveTick }: { listingId: string; kind: ListingKind; liveTick: number }) {
  const { t } = useI18n();
  const [{ data, fetching }, reload] = useQuery({ query: SUGGESTIONS, variables: { listingId }, requestPolicy: 'cache-and-network' });
  useReloadOn(liveTick, reload);
  const counterpartKind = kind === 'DEMAND' ? 'SUPPLY' : 'DEMAND';
  return (
    <Card className="suggestions" title={<h2 className="card-title">{format(t.matches.suggestions, { kind: t.kinds[counterpartKind] })}</h2>}>
      <List
        loading={fetching && !data}
        dataSource={data?.matchesForListing ?? []}
        locale={{ emptyText: <Empty description={t.matches.noSuggestions} /> }}
        renderItem={(suggestion) => (
          <List.Item className="suggestion">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong className="suggestion-score">{formatScore(suggestion.score)}</Typography.Text>
                {suggestion.listing.__typename === 'Listing'
                  ? <Link to={`/listings/${suggestion.listing.id}`}>{suggestion.listing.title}</Link>
                  : <HiddenListingLabel status={suggestion.listing.status} />}
              </Space>
              <CounterpartPlace suggestion={suggestion} />
              <Collapse size="small" items={[{
                key: 'why',
                label: t.matches.explanation,
                children: <ExplanationCard score={suggestion.score} factors={suggestion.explanation} />,
              }]} />
              {suggestion.listing.__typename === 'Listing' && <ExpressInterestButton listingId={suggestion.listing.id} size="small" />}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

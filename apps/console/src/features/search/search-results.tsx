import { Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { format, useI18n } from '../../i18n/i18n';
import { formatNumber, formatPriceRange, formatQuantity } from '../../shared/format';
import type { City } from '../../shared/reference-data';
import { KindTag, VerifiedTag } from '../../shared/status-tags';
import { HighlightText } from './highlight-text';
import type { SearchResult } from './search-page';

interface Props {
  result?: SearchResult;
  loading: boolean;
  nearCity?: City;
}

export function SearchResults({ result, loading, nearCity }: Props) {
  const { t, name, language } = useI18n();
  return (
    <section aria-label={t.search.title} aria-busy={loading}>
      <Typography.Paragraph aria-live="polite">{result ? format(t.search.results, { n: result.totalCount }) : t.common.loading}</Typography.Paragraph>
      <List
        loading={loading && !result}
        dataSource={result?.edges ?? []}
        locale={{ emptyText: <Empty description={t.search.noResults} /> }}
        renderItem={({ node, highlights, distanceKm }) => {
          const titleHit = highlights.find((highlight) => highlight.field === 'title');
          const snippets = highlights.filter((highlight) => highlight.field !== 'title');
          const facts = [
            name(node.segment),
            name(node.city),
            formatQuantity(t, language, node.quantity),
            formatPriceRange(t, language, node.priceRange),
            distanceKm != null && nearCity ? format(t.search.distanceAway, { n: formatNumber(language, distanceKm, 1), city: name(nearCity) }) : undefined,
          ].filter(Boolean);
          return (
            <List.Item className="search-result">
              <div>
                <h3 className="result-title">
                  <KindTag kind={node.kind} />
                  <Link to={`/listings/${node.id}`}>{titleHit ? <HighlightText text={titleHit.text} matches={titleHit.matches} /> : node.title}</Link>
                </h3>
                {snippets.map((snippet) => (
                  <p className="result-snippet" key={snippet.field}><HighlightText text={snippet.text} matches={snippet.matches} /></p>
                ))}
                <Space wrap size={4}>
                  <Typography.Text type="secondary">{name(node.enterprise)}</Typography.Text>
                  <VerifiedTag verified={node.enterprise.verified} />
                  <Typography.Text type="secondary">{facts.join(' · ')}</Typography.Text>
                </Space>
              </div>
            </List.Item>
          );
        }}
      />
    </section>
  );
}

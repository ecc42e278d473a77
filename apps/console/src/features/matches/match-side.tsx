import { Card, Descriptions, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { MatchSideListingFragment } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ContactDetails } from '../../shared/contact-details';
import { formatPriceRange, formatQuantity } from '../../shared/format';
import { HiddenListingLabel } from '../../shared/hidden-listing';
import { ListingStatusTag, VerifiedTag } from '../../shared/status-tags';

graphql(`
  fragment MatchSideListing on ListingView {
    __typename id kind status
    ... on Listing {
      title
      quantity { amount basis unit { nameZh nameEn nameEnOne } }
      priceRange { minCny maxCny unit { nameZh nameEn nameEnOne } }
      segment { nameZh nameEn }
      city { nameZh nameEnUnique }
      province { nameZh nameEn }
      enterprise { id nameZh nameEn verified contact { name phone email } }
    }
  }
`);

/**
 * One side of a match: the listing and its enterprise, with the contact when the reader may see it;
 * only its status when the API hides it (not live, and neither the reader's nor in their coverage).
 */
export function MatchSide({ title, listing }: { title: string; listing: MatchSideListingFragment }) {
  const { t, name, language } = useI18n();
  if (listing.__typename === 'HiddenListing') {
    return <Card title={<h2 className="card-title">{title}</h2>} size="small"><HiddenListingLabel status={listing.status} /></Card>;
  }
  return (
    <Card title={<h2 className="card-title">{title}</h2>} size="small">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap><Link to={`/listings/${listing.id}`}>{listing.title}</Link><ListingStatusTag status={listing.status} /></Space>
        <Space wrap size={4}><Typography.Text strong>{name(listing.enterprise)}</Typography.Text><VerifiedTag verified={listing.enterprise.verified} /></Space>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t.listing.segment}>{name(listing.segment)}</Descriptions.Item>
          <Descriptions.Item label={t.listing.location}>{name(listing.province)} · {name({ nameZh: listing.city.nameZh, nameEn: listing.city.nameEnUnique })}</Descriptions.Item>
          <Descriptions.Item label={listing.kind === 'SUPPLY' ? t.listing.quantitySupply : t.listing.quantityDemand}>
            {formatQuantity(t, language, listing.quantity) ?? t.common.none}
          </Descriptions.Item>
          <Descriptions.Item label={t.listing.priceRange}>{formatPriceRange(t, language, listing.priceRange) ?? t.common.none}</Descriptions.Item>
        </Descriptions>
        <ContactDetails contact={listing.enterprise.contact} />
      </Space>
    </Card>
  );
}

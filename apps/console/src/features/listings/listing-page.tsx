import { Alert, Card, Descriptions, Skeleton, Space, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import { format, useI18n } from '../../i18n/i18n';
import { ContactDetails } from '../../shared/contact-details';
import { formatDate, formatNumber, formatPriceRange, formatQuantity } from '../../shared/format';
import { KindTag, ListingStatusTag, VerifiedTag } from '../../shared/status-tags';
import { ExpressInterestButton } from './express-interest-button';

const LISTING = graphql(`
  query ListingPage($id: ID!) {
    listing(id: $id) {
      id kind title description status keywords certifications leadTimeDays validFrom validUntil publishedAt
      quantity { amount basis unit { nameZh nameEn nameEnOne } }
      priceRange { minCny maxCny unit { nameZh nameEn nameEnOne } }
      attributes { name value }
      moderation { reason at }
      chain { id nameZh nameEn }
      segment { id nameZh nameEn stage }
      county { adcode nameZh nameEnFull }
      city { adcode nameZh nameEnUnique }
      province { adcode nameZh nameEn }
      serviceArea { wholeRegion radiusKm provinces { adcode nameZh nameEn } }
      enterprise {
        id nameZh nameEn verified size
        responsiveness { medianResponseHours answeredCount expiredCount }
        contact { name phone email }
      }
    }
  }
`);

/** A listing as anyone may see it when it is active; its enterprise, staff and admins see it in any status. */
export default function ListingPage() {
  const { id = '' } = useParams();
  const { t, name, language } = useI18n();
  const session = useSession();
  const [{ data, fetching, error }] = useQuery({ query: LISTING, variables: { id } });
  if (fetching && !data) return <Skeleton active />;
  const listing = data?.listing;
  if (error || !listing) return <Alert type="warning" showIcon title={error?.message ?? t.listing.notFound} />;

  const enterprise = listing.enterprise;
  const { medianResponseHours } = enterprise.responsiveness;
  const area = listing.serviceArea.wholeRegion ? t.common.wholeRegion : listing.serviceArea.provinces.map(name).join('、');
  const own = session?.user.enterpriseId === enterprise.id;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} className="page-title"><KindTag kind={listing.kind} />{listing.title}</Typography.Title>
        <Space wrap><ListingStatusTag status={listing.status} />{listing.keywords.map((keyword) => <Tag key={keyword}>{keyword}</Tag>)}</Space>
      </div>
      {listing.moderation && <Alert type="warning" showIcon title={format(t.listing.moderation, { reason: listing.moderation.reason })} />}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{listing.description}</Typography.Paragraph>
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }}>
        <Descriptions.Item label={t.listing.segment}>{name(listing.chain)} › {name(listing.segment)} ({t.stages[listing.segment.stage]})</Descriptions.Item>
        <Descriptions.Item label={t.listing.location}>
          {name(listing.province)} · {name({ nameZh: listing.city.nameZh, nameEn: listing.city.nameEnUnique })} · {name({ nameZh: listing.county.nameZh, nameEn: listing.county.nameEnFull })}
        </Descriptions.Item>
        <Descriptions.Item label={listing.kind === 'SUPPLY' ? t.listing.quantitySupply : t.listing.quantityDemand}>
          {formatQuantity(t, language, listing.quantity) ?? t.common.none}
        </Descriptions.Item>
        <Descriptions.Item label={t.listing.priceRange}>{formatPriceRange(t, language, listing.priceRange) ?? t.common.none}</Descriptions.Item>
        <Descriptions.Item label={t.listing.leadTime}>{listing.leadTimeDays ?? t.common.none}</Descriptions.Item>
        <Descriptions.Item label={t.listing.certifications}>{listing.certifications.join('、') || t.common.none}</Descriptions.Item>
        <Descriptions.Item label={t.listing.serviceArea}>
          {area}{listing.serviceArea.radiusKm ? ` · ${format(t.common.km, { n: listing.serviceArea.radiusKm })}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t.listing.validUntil}>{formatDate(language, listing.validUntil)}</Descriptions.Item>
        {listing.attributes.map((attribute) => <Descriptions.Item key={attribute.name} label={attribute.name}>{attribute.value}</Descriptions.Item>)}
      </Descriptions>
      <Card size="small" title={<h2 className="card-title">{t.listing.enterprise}</h2>}>
        <Space orientation="vertical">
          <Space wrap><Typography.Text strong>{name(enterprise)}</Typography.Text><VerifiedTag verified={enterprise.verified} /></Space>
          <Typography.Text type="secondary">
            {t.listing.responsiveness}: {medianResponseHours != null ? format(t.listing.medianHours, { n: formatNumber(language, medianResponseHours, 1) }) : t.listing.noResponses}
          </Typography.Text>
          <ContactDetails contact={enterprise.contact} />
        </Space>
      </Card>
      {own ? <Alert type="info" title={t.listing.ownListing} /> : listing.status === 'ACTIVE' && <ExpressInterestButton listingId={listing.id} />}
    </Space>
  );
}

import { Space, Typography } from 'antd';
import type { ListingStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ListingStatusTag } from './status-tags';

/**
 * A listing the API hides from this reader (a HiddenListing: not live, and not theirs to read): all
 * that is known is its status, so that is all that is shown, with why.
 */
export function HiddenListingLabel({ status }: { status: ListingStatus }) {
  const { t } = useI18n();
  return (
    <Space size={4} wrap className="hidden-listing">
      <Typography.Text type="secondary" title={t.listing.notPublicHint}>{t.listing.notPublic}</Typography.Text>
      <ListingStatusTag status={status} />
    </Space>
  );
}

import { Tag } from 'antd';
import type { InterestStatus, ListingKind, ListingStatus, MatchStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';

const LISTING_COLOURS: Record<ListingStatus, string> = { DRAFT: 'default', ACTIVE: 'green', PAUSED: 'orange', CLOSED: 'default', EXPIRED: 'red' };
const MATCH_COLOURS: Record<MatchStatus, string> = {
  SUGGESTED: 'blue', SHORTLISTED: 'geekblue', INTRODUCED: 'purple', MEETING_HELD: 'cyan', SAMPLE_SENT: 'cyan',
  ORDER_PLACED: 'green', NO_DEAL: 'default', DISMISSED: 'default', RETIRED: 'default',
};
const INTEREST_COLOURS: Record<InterestStatus, string> = { PENDING: 'blue', ACCEPTED: 'green', DECLINED: 'default', WITHDRAWN: 'default', EXPIRED: 'red' };

export const KindTag = ({ kind }: { kind: ListingKind }) => {
  const { t } = useI18n();
  return <Tag color={kind === 'SUPPLY' ? 'green' : 'volcano'}>{t.kinds[kind]}</Tag>;
};

export const ListingStatusTag = ({ status }: { status: ListingStatus }) => {
  const { t } = useI18n();
  return <Tag color={LISTING_COLOURS[status]}>{t.listingStatuses[status]}</Tag>;
};

export const MatchStatusTag = ({ status }: { status: MatchStatus }) => {
  const { t } = useI18n();
  return <Tag color={MATCH_COLOURS[status]}>{t.matchStatuses[status]}</Tag>;
};

export const InterestStatusTag = ({ status }: { status: InterestStatus }) => {
  const { t } = useI18n();
  return <Tag color={INTEREST_COLOURS[status]}>{t.interestStatuses[status]}</Tag>;
};

export const VerifiedTag = ({ verified }: { verified: boolean }) => {
  const { t } = useI18n();
  return verified ? <Tag color="gold">{t.common.verified}</Tag> : null;
};

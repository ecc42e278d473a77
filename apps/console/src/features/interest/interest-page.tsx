import { Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { format, useI18n } from '../../i18n/i18n';
import { useLiveTick } from '../../shared/use-live';
import { InterestList } from './interest-list';

const RECEIVED = graphql(`subscription InterestReceivedLive { interestReceived { interestId status } }`);
const ANSWERED = graphql(`subscription InterestAnsweredLive { interestAnswered { interestId status } }`);

/** Interest my enterprise received (to accept or decline) and sent (to withdraw), with contacts once accepted; live. */
export default function InterestPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const liveTick = useLiveTick(RECEIVED, () => t.interest.received)
    + useLiveTick(ANSWERED, (event) => format(t.interest.answered, { status: t.interestStatuses[event.interestAnswered.status] }));
  return (
    <>
      <Typography.Title level={1} className="page-title">{t.interest.title}</Typography.Title>
      <Tabs
        activeKey={params.get('box') === 'sent' ? 'sent' : 'received'}
        onChange={(box) => setParams({ box })}
        items={[
          { key: 'received', label: t.interest.inbox, children: <InterestList box="received" liveTick={liveTick} /> },
          { key: 'sent', label: t.interest.outbox, children: <InterestList box="sent" liveTick={liveTick} /> },
        ]}
      />
    </>
  );
}

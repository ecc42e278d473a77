import { App, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { format, useI18n } from '../../i18n/i18n';
import { useLive } from '../../shared/use-live';
import { InterestList } from './interest-list';

const RECEIVED = graphql(`subscription InterestReceivedLive { interestReceived { interestId status } }`);
const ANSWERED = graphql(`subscription InterestAnsweredLive { interestAnswered { interestId status } }`);

/** Interest my enterprise received (to accept or decline) and sent (to withdraw), with contacts once accepted; live. */
export default function InterestPage() {
  const { t } = useI18n();
  const { notification } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [liveTick, setLiveTick] = useState(0);
  useLive(RECEIVED, () => {
    notification.info({ title: t.interest.received, placement: 'bottomRight' });
    setLiveTick((tick) => tick + 1);
  });
  useLive(ANSWERED, (event) => {
    notification.info({ title: format(t.interest.answered, { status: t.interestStatuses[event.interestAnswered.status] }), placement: 'bottomRight' });
    setLiveTick((tick) => tick + 1);
  });
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

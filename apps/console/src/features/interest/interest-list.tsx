import { App, Button, Empty, Input, List, Popconfirm, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { refusalText } from '../../api/errors';
import { graphql } from '../../gql';
import type { InterestFieldsFragment } from '../../gql/graphql';
import { format, useI18n } from '../../i18n/i18n';
import { ContactDetails } from '../../shared/contact-details';
import { formatDateTime } from '../../shared/format';
import { HiddenListingLabel } from '../../shared/hidden-listing';
import { InterestStatusTag } from '../../shared/status-tags';
import { useReloadOn } from '../../shared/use-reload-on';

graphql(`
  fragment InterestFields on Interest {
    id status message createdAt expiresAt declineReason version
    listing { __typename id kind status ... on Listing { title } }
    senderEnterprise { id nameZh nameEn contact { name phone email } }
    ownerEnterprise { id nameZh nameEn contact { name phone email } }
  }
`);
const RECEIVED = graphql(`query InterestsReceived { interestsReceived(first: 50) { edges { node { ...InterestFields } } } }`);
const SENT = graphql(`query InterestsSent { interestsSent(first: 50) { edges { node { ...InterestFields } } } }`);
const ACCEPT = graphql(`mutation AcceptInterest($id: ID!, $expectedVersion: Int!) { acceptInterest(id: $id, expectedVersion: $expectedVersion) { ...InterestFields } }`);
const DECLINE = graphql(`mutation DeclineInterest($id: ID!, $expectedVersion: Int!, $reason: String) {
  declineInterest(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ...InterestFields } }`);
const WITHDRAW = graphql(`mutation WithdrawInterest($id: ID!, $expectedVersion: Int!) { withdrawInterest(id: $id, expectedVersion: $expectedVersion) { ...InterestFields } }`);

type Box = 'received' | 'sent';

export function InterestList({ box, liveTick }: { box: Box; liveTick: number }) {
  const { t, name, language } = useI18n();
  const { message } = App.useApp();
  const [received, reloadReceived] = useQuery({ query: RECEIVED, pause: box !== 'received', requestPolicy: 'cache-and-network' });
  const [sent, reloadSent] = useQuery({ query: SENT, pause: box !== 'sent', requestPolicy: 'cache-and-network' });
  useReloadOn(liveTick, box === 'received' ? reloadReceived : reloadSent);
  const [, accept] = useMutation(ACCEPT);
  const [, decline] = useMutation(DECLINE);
  const [, withdraw] = useMutation(WITHDRAW);
  const [declineReason, setDeclineReason] = useState('');
  const result = box === 'received' ? received : sent;
  const items = (box === 'received' ? received.data?.interestsReceived : sent.data?.interestsSent)?.edges.map((edge) => edge.node) ?? [];

  const run = async (step: Promise<{ error?: CombinedError }>, done: string) => {
    const { error } = await step;
    if (error) void message.error(refusalText(t, error));
    else void message.success(done);
    (box === 'received' ? reloadReceived : reloadSent)({ requestPolicy: 'network-only' });
  };

  const actions = (interest: InterestFieldsFragment) => {
    if (interest.status !== 'PENDING') return [];
    const target = { id: interest.id, expectedVersion: interest.version };
    if (box === 'sent') return [<Button key="withdraw" size="small" onClick={() => run(withdraw(target), t.interest.withdrawn)}>{t.interest.withdraw}</Button>];
    return [
      <Button key="accept" size="small" type="primary" onClick={() => run(accept(target), t.interest.accepted)}>{t.interest.accept}</Button>,
      <Popconfirm key="decline" title={t.interest.decline} okText={t.interest.decline} cancelText={t.common.cancel}
        description={<Input aria-label={t.interest.declineReason} placeholder={t.interest.declineReason} value={declineReason} onChange={(event) => setDeclineReason(event.target.value)} />}
        onConfirm={() => run(decline({ ...target, reason: declineReason || undefined }), t.interest.declined)}>
        <Button size="small">{t.interest.decline}</Button>
      </Popconfirm>,
    ];
  };

  return (
    <List
      loading={result.fetching && !result.data}
      dataSource={items}
      locale={{ emptyText: <Empty description={t.interest.empty} /> }}
      renderItem={(interest) => {
        const other = box === 'received' ? interest.senderEnterprise : interest.ownerEnterprise;
        return (
          <List.Item actions={actions(interest)} className="interest-item">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <InterestStatusTag status={interest.status} />
                <Typography.Text strong>{box === 'received' ? t.interest.from : t.interest.to}: {name(other)}</Typography.Text>
                {interest.listing.__typename === 'Listing'
                  ? <Link to={`/listings/${interest.listing.id}`}>{interest.listing.title}</Link>
                  : <HiddenListingLabel status={interest.listing.status} />}
              </Space>
              <Typography.Paragraph className="interest-message">{interest.message}</Typography.Paragraph>
              <Typography.Text type="secondary">
                {formatDateTime(language, interest.createdAt)}
                {interest.status === 'PENDING' && ` · ${format(t.interest.expiresAt, { date: formatDateTime(language, interest.expiresAt) })}`}
                {interest.declineReason && ` · ${interest.declineReason}`}
              </Typography.Text>
              {interest.status === 'ACCEPTED' && <ContactDetails contact={other.contact} />}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}

import { App, Button, Card, DatePicker, Popconfirm, Space, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { refusalText } from '../../api/errors';
import { graphql } from '../../gql';
import type { ListingAction, MyListingsQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { formatDate } from '../../shared/format';
import { KindTag, ListingStatusTag } from '../../shared/status-tags';

const MY_LISTINGS = graphql(`
  query MyListings($enterpriseId: ID!) {
    listings(first: 100, filter: { enterpriseId: $enterpriseId, statuses: [DRAFT, ACTIVE, PAUSED, EXPIRED, CLOSED] }) {
      totalCount
      edges { node { id kind title status version validUntil allowedActions segment { id nameZh nameEn } } }
    }
  }
`);

const STEP = {
  PUBLISH: graphql(`mutation PublishListing($id: ID!, $expectedVersion: Int!) { publishListing(id: $id, expectedVersion: $expectedVersion) { id status version allowedActions } }`),
  PAUSE: graphql(`mutation PauseListing($id: ID!, $expectedVersion: Int!) { pauseListing(id: $id, expectedVersion: $expectedVersion) { id status version allowedActions } }`),
  CLOSE: graphql(`mutation CloseListing($id: ID!, $expectedVersion: Int!) { closeListing(id: $id, expectedVersion: $expectedVersion) { id status version allowedActions } }`),
};
const RENEW = graphql(`
  mutation RenewListing($id: ID!, $expectedVersion: Int!, $validUntil: DateTime!) {
    renewListing(id: $id, expectedVersion: $expectedVersion, validUntil: $validUntil) { id status version validUntil allowedActions }
  }
`);

type Row = MyListingsQuery['listings']['edges'][number]['node'];

/** The enterprise's listings in every status, each offering exactly the actions the API says it allows. */
export function MyListingsTable({ enterpriseId }: { enterpriseId: string }) {
  const { t, name, language } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [{ data, fetching }, reload] = useQuery({ query: MY_LISTINGS, variables: { enterpriseId }, requestPolicy: 'cache-and-network' });
  const [, publish] = useMutation(STEP.PUBLISH);
  const [, pause] = useMutation(STEP.PAUSE);
  const [, close] = useMutation(STEP.CLOSE);
  const [, renew] = useMutation(RENEW);
  const [renewing, setRenewing] = useState<{ id: string; until: Dayjs | null }>();

  const run = async (step: Promise<{ error?: CombinedError }>) => {
    const { error } = await step;
    if (error) void message.error(refusalText(t, error));
    reload({ requestPolicy: 'network-only' });
  };
  const act = (row: Row, action: ListingAction) => {
    const target = { id: row.id, expectedVersion: row.version };
    if (action === 'UPDATE') return navigate(`/enterprise/listings/${row.id}/edit`);
    if (action === 'PUBLISH') return run(publish(target));
    if (action === 'PAUSE') return run(pause(target));
    if (action === 'RENEW') return setRenewing({ id: row.id, until: dayjs().add(90, 'day') });
  };

  const actionButtons = (row: Row) => (
    <Space wrap size={4}>
      {row.allowedActions.map((action) => action === 'CLOSE' ? (
        <Popconfirm key={action} title={`${t.listingActions.CLOSE}?`} okText={t.common.confirm} cancelText={t.common.cancel}
          onConfirm={() => run(close({ id: row.id, expectedVersion: row.version }))}>
          <Button size="small" danger>{t.listingActions.CLOSE}</Button>
        </Popconfirm>
      ) : action === 'RENEW' && renewing?.id === row.id ? (
        <Space key={action} size={4}>
          <DatePicker size="small" aria-label={t.listing.renewUntil} value={renewing.until} onChange={(until) => setRenewing({ id: row.id, until })}
            disabledDate={(day) => day.isBefore(dayjs(), 'day') || day.isAfter(dayjs().add(365, 'day'))} />
          <Button size="small" type="primary" disabled={!renewing.until}
            onClick={() => { setRenewing(undefined); void run(renew({ id: row.id, expectedVersion: row.version, validUntil: renewing.until!.endOf('day').toISOString() })); }}>
            {t.common.confirm}
          </Button>
        </Space>
      ) : (
        <Button key={action} size="small" type={action === 'PUBLISH' ? 'primary' : 'default'} onClick={() => act(row, action)}>
          {t.listingActions[action]}
        </Button>
      ))}
    </Space>
  );

  return (
    <Card title={<h2 className="card-title">{t.enterprise.myListings}</h2>}
      extra={<Button type="primary" onClick={() => navigate('/enterprise/listings/new')}>{t.enterprise.newListing}</Button>}>
      <Table<Row>
        rowKey="id"
        size="small"
        loading={fetching && !data}
        dataSource={data?.listings.edges.map((edge) => edge.node) ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: t.enterprise.noListings }}
        columns={[
          { title: t.listing.title, key: 'title', render: (_, row) => <><KindTag kind={row.kind} /><Link to={`/listings/${row.id}`}>{row.title}</Link></> },
          { title: t.listing.segment, key: 'segment', render: (_, row) => name(row.segment) },
          { title: t.common.status, key: 'status', render: (_, row) => <ListingStatusTag status={row.status} /> },
          { title: t.listing.validUntil, key: 'validUntil', render: (_, row) => formatDate(language, row.validUntil) },
          { title: t.common.actions, key: 'actions', render: (_, row) => actionButtons(row) },
        ]}
      />
    </Card>
  );
}

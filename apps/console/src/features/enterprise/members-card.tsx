import { App, Button, Card, List, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { refusalText } from '../../api/errors';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import { format, useI18n } from '../../i18n/i18n';
import { formatDate, formatDateTime } from '../../shared/format';

const MEMBERS = graphql(`
  query EnterpriseMembers($first: Int, $after: String) {
    enterpriseMembers(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id displayName email createdAt } }
    }
  }
`);

const INVITE = graphql(`
  mutation CreateInvitation($enterpriseId: ID) { createEnterpriseInvitation(enterpriseId: $enterpriseId) { code expiresAt } }
`);

const PAGE_SIZE = 20;

/** The enterprise's members, a page at a time (first joined first). */
function MemberList() {
  const { t, language } = useI18n();
  const userId = useSession()?.user.id;
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching }] = useQuery({ query: MEMBERS, variables: { first: PAGE_SIZE, after } });
  const page = data?.enterpriseMembers;
  return (
    <>
      <Typography.Text type="secondary">{format(t.common.total, { n: page?.totalCount ?? 0 })}</Typography.Text>
      <List size="small" loading={fetching && !page} dataSource={page?.edges.map((edge) => edge.node) ?? []} renderItem={(member) => (
        <List.Item className="member-item">
          <List.Item.Meta
            title={<>{member.displayName}{member.id === userId && ` (${t.enterprise.you})`}</>}
            description={<>{member.email} · {format(t.enterprise.joined, { date: formatDate(language, member.createdAt) })}</>}
          />
        </List.Item>
      )} />
      {(after || page?.pageInfo.hasNextPage) && (
        <Button size="small" onClick={() => setAfter(page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null)}>
          {page?.pageInfo.hasNextPage ? t.common.next : t.enterprise.firstPage}
        </Button>
      )}
    </>
  );
}

/** Members of the enterprise and invitations for colleagues; a new code appears once, as the API returns it only then. */
export function MembersCard({ enterpriseId }: { enterpriseId: string }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [codes, setCodes] = useState<{ code: string; expiresAt: string }[]>([]);
  const [{ fetching }, invite] = useMutation(INVITE);

  const createCode = async () => {
    const result = await invite({ enterpriseId });
    const invitation = result.data?.createEnterpriseInvitation;
    if (!invitation) return void message.error(result.error ? refusalText(t, result.error) : t.common.unknownError);
    setCodes((previous) => [invitation, ...previous]);
  };

  return (
    <Card title={<h2 className="card-title">{t.enterprise.members}</h2>}>
      <MemberList />
      <h3 className="card-subtitle">{t.enterprise.invitations}</h3>
      <Typography.Paragraph type="secondary">{t.enterprise.inviteHint}</Typography.Paragraph>
      <Button onClick={createCode} loading={fetching}>{t.enterprise.invite}</Button>
      {codes.map(({ code, expiresAt }) => (
        <Typography.Paragraph key={code} copyable={{ text: code }} className="invitation-code">
          {format(t.enterprise.inviteCode, { code, date: formatDateTime(language, expiresAt) })}
        </Typography.Paragraph>
      ))}
    </Card>
  );
}

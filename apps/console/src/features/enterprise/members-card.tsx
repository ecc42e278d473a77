import { App, Button, Card, List, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { refusalText } from '../../api/errors';
import { useSession } from '../../api/use-session';
import { graphql } from '../../gql';
import { format, useI18n } from '../../i18n/i18n';
import { formatDateTime } from '../../shared/format';

const INVITE = graphql(`
  mutation CreateInvitation($enterpriseId: ID) { createEnterpriseInvitation(enterpriseId: $enterpriseId) { code expiresAt } }
`);

/**
 * The signed-in member and invitations for colleagues. The API has no list of an enterprise's
 * members yet, so only the reader is shown; a new code appears once, as the API returns it only then.
 */
export function MembersCard({ enterpriseId }: { enterpriseId: string }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const user = useSession()?.user;
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
      <List size="small" dataSource={user ? [user] : []} renderItem={(member) => (
        <List.Item>{member.displayName} · {member.email} ({t.enterprise.you})</List.Item>
      )} />
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

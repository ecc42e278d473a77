import { Descriptions, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';

interface Contact {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
}

/** An enterprise's contact when the API reveals it to the reader (introduced, or interest accepted); otherwise why not. */
export function ContactDetails({ contact }: { contact?: Contact | null }) {
  const { t } = useI18n();
  if (!contact) return <Typography.Text type="secondary">{t.matches.contactHidden}</Typography.Text>;
  return (
    <Descriptions size="small" column={1} title={t.matches.contactRevealed} className="contact-details">
      <Descriptions.Item label={t.auth.contactName}>{contact.name ?? t.common.none}</Descriptions.Item>
      <Descriptions.Item label={t.auth.contactPhone}>{contact.phone ? <a href={`tel:${contact.phone.replace(/\s/g, '')}`}>{contact.phone}</a> : t.common.none}</Descriptions.Item>
      <Descriptions.Item label={t.auth.contactEmail}>{contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : t.common.none}</Descriptions.Item>
    </Descriptions>
  );
}

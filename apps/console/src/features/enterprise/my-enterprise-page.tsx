import { Col, Row, Typography } from 'antd';
import { useSession } from '../../api/use-session';
import { useI18n } from '../../i18n/i18n';
import { EnterpriseProfileCard } from './enterprise-profile-card';
import { MembersCard } from './members-card';
import { MyListingsTable } from './my-listings-table';

/** A member's enterprise: its profile, members and invitations, and its listings with their lifecycle. */
export default function MyEnterprisePage() {
  const { t } = useI18n();
  const enterpriseId = useSession()?.user.enterpriseId;
  if (!enterpriseId) return <Typography.Paragraph>{t.enterprise.staffOnly}</Typography.Paragraph>;
  return (
    <>
      <Typography.Title level={1} className="page-title">{t.enterprise.title}</Typography.Title>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={14}><EnterpriseProfileCard enterpriseId={enterpriseId} /></Col>
        <Col xs={24} lg={10}><MembersCard enterpriseId={enterpriseId} /></Col>
        <Col span={24}><MyListingsTable enterpriseId={enterpriseId} /></Col>
      </Row>
    </>
  );
}

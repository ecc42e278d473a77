import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Skeleton, Space, TreeSelect } from 'antd';
import { useEffect } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { EnterpriseSize } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { showRefusal } from '../../shared/form-errors';
import { segmentOptions } from '../../shared/place-options';
import { useReferenceData } from '../../shared/reference-data';
import { VerifiedTag } from '../../shared/status-tags';

const ENTERPRISE = graphql(`
  query MyEnterprise($id: ID!) {
    enterprise(id: $id) {
      id uscc nameZh nameEn size verified needsReview version
      province { nameZh nameEn }
      city { nameZh nameEnUnique }
      county { nameZh nameEnFull }
      segments { id nameZh nameEn }
      contact { name phone email }
    }
  }
`);

const UPDATE_ENTERPRISE = graphql(`
  mutation UpdateEnterprise($id: ID!, $expectedVersion: Int!, $input: UpdateEnterpriseInput!) {
    updateEnterprise(id: $id, expectedVersion: $expectedVersion, input: $input) { id version nameZh nameEn size contact { name phone email } segments { id } }
  }
`);

const SIZES: EnterpriseSize[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

interface Values {
  nameZh: string;
  nameEn?: string;
  size: EnterpriseSize;
  segmentIds: string[];
  contact: { name?: string; phone?: string; email?: string };
}

export function EnterpriseProfileCard({ enterpriseId }: { enterpriseId: string }) {
  const { t, name } = useI18n();
  const { message } = App.useApp();
  const reference = useReferenceData();
  const [form] = Form.useForm<Values>();
  const [{ data, fetching }] = useQuery({ query: ENTERPRISE, variables: { id: enterpriseId } });
  const [{ fetching: saving }, update] = useMutation(UPDATE_ENTERPRISE);
  const enterprise = data?.enterprise;

  useEffect(() => {
    if (!enterprise) return;
    const { name: contactName, phone, email } = enterprise.contact ?? {};
    form.setFieldsValue({
      nameZh: enterprise.nameZh, nameEn: enterprise.nameEn ?? undefined, size: enterprise.size,
      segmentIds: enterprise.segments.map((segment) => segment.id),
      contact: { name: contactName ?? undefined, phone: phone ?? undefined, email: email ?? undefined },
    });
  }, [enterprise, form]);

  if (fetching && !enterprise) return <Skeleton active />;
  if (!enterprise) return null;
  const submit = async (values: Values) => {
    const contact = { name: values.contact.name || null, phone: values.contact.phone || null, email: values.contact.email || null };
    const input = { nameZh: values.nameZh, nameEn: values.nameEn || null, size: values.size, segmentIds: values.segmentIds, contact };
    const result = await update({ id: enterprise.id, expectedVersion: enterprise.version, input });
    if (result.error) return showRefusal(t, result.error, form, (text) => void message.error(text));
    void message.success(t.enterprise.profileSaved);
  };

  return (
    <Card title={<h2 className="card-title">{t.enterprise.profile}</h2>} extra={<VerifiedTag verified={enterprise.verified} />}>
      {enterprise.needsReview && <Alert type="warning" showIcon title={t.enterprise.needsReview} style={{ marginBottom: 12 }} />}
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t.enterprise.uscc}>{enterprise.uscc}</Descriptions.Item>
        <Descriptions.Item label={t.enterprise.location}>
          {name(enterprise.province)} · {name({ nameZh: enterprise.city.nameZh, nameEn: enterprise.city.nameEnUnique })} · {name({ nameZh: enterprise.county.nameZh, nameEn: enterprise.county.nameEnFull })}
        </Descriptions.Item>
      </Descriptions>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="nameZh" label={t.auth.nameZh} rules={[{ required: true }]}><Input /></Form.Item>
        <Form.Item name="nameEn" label={t.auth.nameEn}><Input /></Form.Item>
        <Form.Item name="size" label={t.auth.size}>
          <Select aria-label={t.auth.size} options={SIZES.map((size) => ({ value: size, label: t.sizes[size] }))} />
        </Form.Item>
        <Form.Item name="segmentIds" label={t.auth.segments} rules={[{ required: true }]}>
          <TreeSelect aria-label={t.auth.segments} treeData={segmentOptions(reference, name)} multiple treeNodeFilterProp="title" showSearch />
        </Form.Item>
        <Space wrap>
          <Form.Item name={['contact', 'name']} label={t.auth.contactName}><Input autoComplete="name" /></Form.Item>
          <Form.Item name={['contact', 'phone']} label={t.auth.contactPhone}><Input autoComplete="tel" inputMode="tel" /></Form.Item>
          <Form.Item name={['contact', 'email']} label={t.auth.contactEmail}><Input autoComplete="email" inputMode="email" /></Form.Item>
        </Space>
        <Button type="primary" htmlType="submit" loading={saving}>{t.enterprise.saveProfile}</Button>
      </Form>
    </Card>
  );
}

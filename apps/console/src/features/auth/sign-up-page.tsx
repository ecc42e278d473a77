import { App, Button, Card, Cascader, Form, Input, Radio, Select, TreeSelect, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { sessionStore } from '../../api/session';
import { graphql } from '../../gql';
import type { EnterpriseSize } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { showRefusal } from '../../shared/form-errors';
import { countyOptions, segmentOptions } from '../../shared/place-options';
import { useReferenceData } from '../../shared/reference-data';
import { homeOf, safeNext } from './home-path';
import './auth.css';

const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { ...AuthFields }
  }
`);

const SIZES: EnterpriseSize[] = ['MICRO', 'SMALL', 'MEDIUM', 'LARGE'];

interface Values {
  email: string;
  password: string;
  displayName: string;
  invitationCode?: string;
  uscc?: string;
  nameZh?: string;
  nameEn?: string;
  countyAdcode?: string[];
  size?: EnterpriseSize;
  segmentIds?: string[];
}

/** A new member: registers a new enterprise by its USCC, or joins one with a colleague's invitation code. */
export default function SignUpPage() {
  const { t, name } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<'enterprise' | 'invitation'>('enterprise');
  const [{ fetching }, signUp] = useMutation(SIGN_UP);
  const reference = useReferenceData();
  const navigate = useNavigate();
  const [params] = useSearchParams();

  const submit = async (values: Values) => {
    const account = { email: values.email, password: values.password, displayName: values.displayName };
    const input = mode === 'invitation'
      ? { ...account, invitationCode: values.invitationCode }
      : {
          ...account,
          enterprise: {
            uscc: values.uscc!, nameZh: values.nameZh!, nameEn: values.nameEn || undefined,
            countyAdcode: values.countyAdcode!.at(-1)!, size: values.size!, segmentIds: values.segmentIds!,
          },
        };
    const result = await signUp({ input });
    if (result.error || !result.data) return showRefusal(t, result.error!, form, (text) => void message.error(text));
    sessionStore.set(result.data.signUp);
    navigate(safeNext(params.get('next')) ?? homeOf(result.data.signUp.user.role), { replace: true });
  };

  const required = [{ required: true }];
  return (
    <Card className="auth-card" title={<h1 className="auth-title">{t.auth.signUpTitle}</h1>}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark="optional" scrollToFirstError>
        <Form.Item name="email" label={t.auth.email} rules={[{ required: true, type: 'email' }]}>
          <Input autoComplete="email" inputMode="email" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t.auth.password} extra={t.auth.passwordHint} rules={[{ required: true, min: 10, max: 128 }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="displayName" label={t.auth.displayName} rules={required}>
          <Input autoComplete="name" />
        </Form.Item>
        <Radio.Group value={mode} onChange={(event) => setMode(event.target.value)} className="auth-mode" aria-label={t.auth.signUpTitle}>
          <Radio.Button value="enterprise">{t.auth.newEnterprise}</Radio.Button>
          <Radio.Button value="invitation">{t.auth.joinByInvitation}</Radio.Button>
        </Radio.Group>
        {mode === 'invitation' ? (
          <Form.Item name="invitationCode" label={t.auth.invitationCode} rules={required}>
            <Input />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="uscc" label={t.auth.uscc} extra={t.auth.usccHint} rules={required}>
              <Input maxLength={24} style={{ textTransform: 'uppercase' }} />
            </Form.Item>
            <Form.Item name="nameZh" label={t.auth.nameZh} rules={required}><Input /></Form.Item>
            <Form.Item name="nameEn" label={t.auth.nameEn}><Input /></Form.Item>
            <Form.Item name="countyAdcode" label={t.auth.county} rules={required}>
              <Cascader options={countyOptions(reference, name)} showSearch aria-label={t.auth.county} />
            </Form.Item>
            <Form.Item name="size" label={t.auth.size} rules={required}>
              <Select aria-label={t.auth.size} options={SIZES.map((size) => ({ value: size, label: t.sizes[size] }))} />
            </Form.Item>
            <Form.Item name="segmentIds" label={t.auth.segments} extra={t.auth.segmentsHint} rules={required}>
              <TreeSelect aria-label={t.auth.segments} treeData={segmentOptions(reference, name)} multiple treeNodeFilterProp="title" showSearch />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" block loading={fetching}>{t.auth.signUpButton}</Button>
      </Form>
      <Typography.Paragraph className="auth-switch">
        {t.auth.haveAccount} <Link to={`/sign-in${params.size ? `?${params}` : ''}`}>{t.nav.signIn}</Link>
      </Typography.Paragraph>
    </Card>
  );
}

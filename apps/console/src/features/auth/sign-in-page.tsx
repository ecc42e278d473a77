import { App, Button, Card, Form, Input, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { sessionStore } from '../../api/session';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { showRefusal } from '../../shared/form-errors';
import { homeOf, safeNext } from './home-path';
import './auth.css';

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { ...AuthFields }
  }
`);

interface Values {
  email: string;
  password: string;
}

export default function SignInPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ fetching }, login] = useMutation(LOGIN);
  const navigate = useNavigate();
  const [params] = useSearchParams();

  const submit = async (values: Values) => {
    const result = await login(values);
    if (result.error || !result.data) return showRefusal(t, result.error!, form, (text) => void message.error(text));
    sessionStore.set(result.data.login);
    navigate(safeNext(params.get('next')) ?? homeOf(result.data.login.user.role), { replace: true });
  };

  return (
    <Card className="auth-card" title={<h1 className="auth-title">{t.auth.signInTitle}</h1>}>
      <Form form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="email" label={t.auth.email} rules={[{ required: true, type: 'email' }]}>
          <Input autoComplete="username" inputMode="email" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t.auth.password} rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={fetching}>{t.auth.signInButton}</Button>
      </Form>
      <Typography.Paragraph className="auth-switch">
        {t.auth.noAccount} <Link to={`/sign-up${params.size ? `?${params}` : ''}`}>{t.nav.signUp}</Link>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t.auth.demoHint}</Typography.Paragraph>
    </Card>
  );
}

import { Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { sessionStore } from '../api/session';
import { useSession } from '../api/use-session';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { useI18n, type Language } from '../i18n/i18n';
import type { Messages } from '../i18n/zh';
import { CURATORS } from '../shared/roles';
import './app-layout.css';

const LOGOUT = graphql(`mutation Logout { logout }`);

type NavKey = keyof Messages['nav'];
const NAV: { key: NavKey; path: string; roles: Role[] | 'all' }[] = [
  { key: 'search', path: '/search', roles: 'all' },
  { key: 'enterprise', path: '/enterprise', roles: ['ENTERPRISE_MEMBER'] },
  { key: 'matches', path: '/matches', roles: ['ENTERPRISE_MEMBER'] },
  { key: 'interest', path: '/interest', roles: ['ENTERPRISE_MEMBER'] },
  { key: 'curation', path: '/curation', roles: CURATORS },
  { key: 'insight', path: '/insight', roles: 'all' },
];

export function AppLayout({ children }: { children: ReactNode }) {
  const { t, language, setLanguage } = useI18n();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [, logout] = useMutation(LOGOUT);
  const role = session?.user.role;
  const items = NAV.filter((item) => item.roles === 'all' || (role && item.roles.includes(role)))
    .map((item) => ({ key: item.path, label: <Link to={item.path}>{t.nav[item.key]}</Link> }));
  const selected = NAV.find((item) => location.pathname.startsWith(item.path))?.path;

  const signOut = async () => {
    await logout({});
    sessionStore.set(null);
    navigate('/search');
  };

  return (
    <Layout className="app">
      <a className="skip-link" href="#main">{t.skipToContent}</a>
      <Layout.Header className="app-header">
        <Link to="/search" className="app-logo">{t.appShortName}</Link>
        <nav aria-label={t.nav.menu} className="app-nav">
          <Menu mode="horizontal" theme="dark" items={items} selectedKeys={selected ? [selected] : []} />
        </nav>
        <Space className="app-tools" wrap>
          <Segmented<Language>
            aria-label={t.nav.language}
            size="small"
            value={language}
            onChange={setLanguage}
            options={[{ label: '中文', value: 'zh' }, { label: 'EN', value: 'en' }]}
          />
          <a className="app-tool-link" href="/graphql">{t.nav.explorer}</a>
          {session ? (
            <>
              <Typography.Text className="app-user">{session.user.displayName} · {t.roles[session.user.role]}</Typography.Text>
              <Button size="small" onClick={signOut}>{t.nav.signOut}</Button>
            </>
          ) : (
            <Button size="small" type="primary" onClick={() => navigate(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`)}>
              {t.nav.signIn}
            </Button>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="app-main">
        {children}
      </Layout.Content>
    </Layout>
  );
}

import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { client } from '../api/client';
import { I18nProvider, useI18n } from '../i18n/i18n';
import { AppRoutes } from './app-routes';

/**
 * Ant Design's default secondary, placeholder and empty-table greys fall short of WCAG AA contrast (4.5:1) on
 * white and on the page's grey; these keep every text readable. Chinese text is not spaced out in
 * two-character buttons, which screen readers would read as two words.
 */
const THEME = {
  token: {
    colorPrimary: '#1554ad',
    colorLink: '#1554ad',
    colorTextSecondary: '#595959',
    colorTextTertiary: '#595959',
    colorTextDescription: '#595959',
    colorTextPlaceholder: '#6b6b6b',
  },
  components: { Table: { colorTextDisabled: '#595959' } },
};

/** Ant Design's own strings (date pickers, pagination, empty states) follow the console's language. */
function Localized() {
  const { language } = useI18n();
  dayjs.locale(language === 'zh' ? 'zh-cn' : 'en');
  return (
    <ConfigProvider locale={language === 'zh' ? zhCN : enUS} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <AppRoutes />
      </AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <UrqlProvider value={client}>
      <I18nProvider>
        <BrowserRouter>
          <Localized />
        </BrowserRouter>
      </I18nProvider>
    </UrqlProvider>
  );
}

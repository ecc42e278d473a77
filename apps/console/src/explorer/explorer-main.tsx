import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { createRoot } from 'react-dom/client';
import { authorizationHeader, sessionStore } from '../api/session';
import { format, initialLanguage } from '../i18n/i18n';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';
import './explorer.css';

const t = initialLanguage() === 'en' ? en : zh;
document.documentElement.lang = initialLanguage() === 'en' ? 'en' : 'zh-CN';
document.title = t.explorer.title;

/** Every request and subscription carries the console user's current token (refreshed as the console would). */
const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  subscriptionUrl: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
  wsConnectionParams: authorizationHeader,
  fetch: async (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(await authorizationHeader())) headers.set(name, value);
    return fetch(input, { ...init, headers });
  },
});

const EXAMPLE = `# ChainMatch GraphQL API. Example operations for every field: schema/operations/ in the repository.
# 示例：搜索长三角的封装测试供应信息
query SearchPackaging {
  searchListings(first: 5, input: { text: "封装测试", kind: SUPPLY }) {
    totalCount
    edges { node { id title city { nameZh nameEn } enterprise { nameZh } } }
  }
}
`;

function Explorer() {
  const user = sessionStore.get()?.user;
  return (
    <GraphiQL fetcher={fetcher} defaultQuery={EXAMPLE} defaultEditorToolsVisibility>
      <GraphiQL.Logo>ChainMatch API</GraphiQL.Logo>
      <GraphiQL.Footer>
        <nav className="explorer-footer" aria-label={t.explorer.title}>
          <span>{user ? format(t.explorer.signedInAs, { name: `${user.displayName} (${t.roles[user.role]})` }) : t.explorer.anonymous}</span>
          <a href="/">{t.explorer.console}</a>
          <a href="/schema.graphql">{t.explorer.docs}</a>
        </nav>
      </GraphiQL.Footer>
    </GraphiQL>
  );
}

createRoot(document.getElementById('root')!).render(<Explorer />);

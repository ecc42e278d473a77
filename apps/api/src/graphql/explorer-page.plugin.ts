import type { ApolloServerPlugin } from '@apollo/server';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Shown when the console was not built: self-contained, so it too works offline. */
const NOT_BUILT = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>ChainMatch GraphQL API</title></head>
<body><h1>ChainMatch GraphQL API</h1>
<p>API 浏览器尚未构建：运行 <code>npm run console:build</code> 后刷新。 The API explorer is not built: run <code>npm run console:build</code>, then reload.</p>
<p>POST GraphQL operations to this URL as <code>application/json</code>; examples are in <code>schema/operations/</code>.</p></body></html>`;

/**
 * The page browsers get at /graphql (a GET asking for text/html): the console build's GraphiQL
 * (apps/console/explorer.html), bundled from npm with everything it loads, so it works with no
 * internet — unlike Apollo's default landing page, which loads from a CDN.
 */
export function explorerPagePlugin(consoleDir: string): ApolloServerPlugin {
  return {
    async serverWillStart() {
      // Read per request: a console rebuild changes the asset names the page refers to.
      const html = () => readFile(join(resolve(consoleDir), 'explorer.html'), 'utf8').catch(() => NOT_BUILT);
      return { renderLandingPage: async () => ({ html }) };
    },
  };
}

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explorerPagePlugin } from '../../apps/api/src/graphql/explorer-page.plugin.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

// How the API serves the console build and the explorer page, on a stand-in build (no browser needed).
describe('serving the console and the API explorer', () => {
  let api: TestApi;
  const dir = mkdtempSync(join(tmpdir(), 'console-build-'));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>console page</title>');
    writeFileSync(join(dir, 'explorer.html'), '<!doctype html><title>explorer page</title>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), 'console.log(1)');
    writeFileSync(join(dir, 'schema.graphql'), 'type Query { ok: Boolean }');
    api = await startTestApi({ env: { CONSOLE_DIR: dir } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, accept = 'text/html') => fetch(api.baseUrl + path, { headers: { accept } });

  it('serves the app at / and at each of its routes, and hashed assets for good', async () => {
    for (const path of ['/', '/search?q=x', '/matches/123']) {
      const response = await get(path);
      expect({ path, status: response.status, body: await response.text() }).toEqual({ path, status: 200, body: expect.stringContaining('console page') });
    }
    const asset = await get('/assets/app-abc123.js', '*/*');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/schema.graphql', '*/*')).headers.get('content-type')).toBe('text/plain; charset=utf-8');
  });

  it('answers a missing asset and the API\'s own paths as themselves, never with the app\'s page', async () => {
    expect((await get('/assets/gone-000.js', '*/*')).status).toBe(404);
    const health = await get('/health', 'application/json');
    expect(health.headers.get('content-type')).toMatch(/json/);
    const post = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ provinces { adcode } }"}' });
    expect(((await post.json()) as any).data.provinces).toHaveLength(4);
    // A download link the console offers (a browser asks for a page): the API's answer, the file or its refusal.
    const csv = await get('/export/insight/segment-risks.csv');
    expect(csv.headers.get('content-type')).toMatch(/^(text\/csv|application\/json)/);
    expect(await csv.text()).not.toContain('console page');
  });

  it('gives browsers the explorer page at /graphql, read afresh after a rebuild', async () => {
    expect(await (await get('/graphql')).text()).toContain('explorer page');
    writeFileSync(join(dir, 'explorer.html'), '<!doctype html><title>rebuilt explorer</title>');
    expect(await (await get('/graphql')).text()).toContain('rebuilt explorer');
  });

  it('explains, without loading anything from elsewhere, when the console is not built', async () => {
    const listener = await explorerPagePlugin(join(dir, 'missing')).serverWillStart!({} as never);
    const page = await (listener as { renderLandingPage: () => Promise<{ html: () => Promise<string> }> }).renderLandingPage();
    const html = await page.html();
    expect(html).toContain('npm run console:build');
    expect(html).not.toMatch(/(src|href)=["']?https?:/);
  });
});

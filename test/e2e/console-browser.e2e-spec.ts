import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { signInAdmin, signInStaff, signUpMember, TEST_PASSWORD, type Member, type SignedInClient } from '../support/accounts.js';
import {
  accessibilityReport, chromiumMissing, ConsoleBrowser, ensureConsoleBuilt, eventually, launchChromium, SCREENSHOT_DIR, type PageCheck,
} from '../support/browser.js';
import { createListing, listingInput, validUscc } from '../support/factories.js';
import { recomputeInsight } from '../support/insight.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

// The console in a real Chromium against the real API on a fresh database: the journeys of issue 12.
// Skipped, saying why, where no Chromium can be had (.ci/run installs Debian's).
const describeWithBrowser = chromiumMissing ? describe.skip : describe;
if (chromiumMissing) console.warn(`Console browser tests skipped: ${chromiumMissing}.`);

const SUPPLY_TITLE = '供应QFN封装测试服务，月产能300万颗';
const DEMAND_TITLE = '采购QFN封装测试服务，每月50万颗';
const SUPPLIER_PHONE = '0512-6688 1234';
const EDA_DEMAND_TITLE = '采购EDA工具授权，用于28nm芯片设计';
/** Each journey drives a real browser on a busy 2-core machine. */
const JOURNEY_MS = 120_000;

describeWithBrowser('the console in Chromium', () => {
  let api: TestApi;
  let browser: Browser;
  let supplier: Member;
  let designHouse: Member;
  let staff: SignedInClient;
  let curator: ConsoleBrowser;
  const sessions: ConsoleBrowser[] = [];
  let buyerPage: Page;
  const buyerEmail = `buyer-${process.pid}@test.chainmatch.cn`;

  const open = async (viewport?: { width: number; height: number }) => {
    const session = await ConsoleBrowser.open(browser, api.baseUrl, viewport);
    sessions.push(session);
    return session;
  };
  const expectAccessible = (check: PageCheck) => expect({ page: check.name, serious: check.serious }).toEqual({ page: check.name, serious: [] });
  /** Chooses an option of an antd Cascader or TreeSelect by typing part of its name and clicking the match. */
  const choose = async (page: Page, label: string, search: string, option: string) => {
    await page.getByLabel(label, { exact: true }).click();
    await page.keyboard.type(search);
    await page.locator('.ant-cascader-menu-item, .ant-select-tree-node-content-wrapper, .ant-select-item-option').filter({ hasText: option }).first().click();
    await page.keyboard.press('Escape');
  };

  beforeAll(async () => {
    ensureConsoleBuilt();
    // Two IC enterprises in Suzhou (the journey's buyer and supplier) make a cluster for the map.
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000', MATCH_WORKER_INTERVAL_MS: '200', INSIGHT_CLUSTER_MIN_ENTERPRISES: '2' } });
    const admin = await signInAdmin(api);
    staff = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    supplier = await signUpMember(api, { countyAdcode: '320505', segmentIds: ['ic.packaging'], nameZh: '苏州华封科技有限公司' });
    const { enterprise } = await supplier.graphql.data(`query($id: ID!) { enterprise(id: $id) { version } }`, { id: supplier.enterpriseId });
    await supplier.graphql.data(`mutation($id: ID!, $v: Int!, $input: UpdateEnterpriseInput!) { updateEnterprise(id: $id, expectedVersion: $v, input: $input) { id } }`,
      { id: supplier.enterpriseId, v: enterprise.version, input: { contact: { name: '王经理', phone: SUPPLIER_PHONE, email: 'sales@huafeng.example.cn' } } });
    const supply = await createListing(supplier.graphql, listingInput(supplier.enterpriseId, { title: SUPPLY_TITLE }));
    await supplier.graphql.data(`mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }`, { id: supply.id });
    designHouse = await signUpMember(api, { countyAdcode: '320102', segmentIds: ['ic.design'], nameZh: '南京芯研微电子有限公司' });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    const checks = sessions.flatMap((session) => session.checks);
    console.log(`${accessibilityReport(checks)}\nscreenshots in ${SCREENSHOT_DIR}/`);
    await browser?.close();
    await api?.close();
  });

  it('shows the public search with highlights and facets, offline, to anyone', async () => {
    const visitor = await open();
    const page = await visitor.page(`/search?q=${encodeURIComponent('封装测试')}`);
    await page.locator('mark.hit').filter({ hasText: /封装|测试/ }).first().waitFor();
    await page.getByRole('checkbox', { name: /集成电路/ }).click();
    await page.waitForURL(/chain=ic/);
    expectAccessible(await visitor.check(page, 'search'));
    await page.getByRole('link', { name: /QFN封装测试服务/ }).first().click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: SUPPLY_TITLE }).waitFor();
    expectAccessible(await visitor.check(page, 'listing'));
    await page.goto(`${api.baseUrl}/insight`);
    await page.locator('.risk-cell').first().waitFor();
    expectAccessible(await visitor.check(page, 'insight-public'));
    expect(visitor.outsideRequests).toEqual([]);
  }, JOURNEY_MS);

  it('signs a new enterprise up, with the API\'s USCC refusal next to the field', async () => {
    const buyer = await open();
    buyerPage = await buyer.page('/sign-up');
    await buyerPage.getByLabel('邮箱').fill(buyerEmail);
    await buyerPage.getByLabel('密码', { exact: true }).fill(TEST_PASSWORD);
    await buyerPage.getByLabel('姓名').fill('采购部 李工');
    const uscc = validUscc('320506');
    await buyerPage.getByLabel('统一社会信用代码').fill(uscc.slice(0, 17) + (uscc.endsWith('0') ? '1' : '0'));
    await buyerPage.getByLabel('企业中文名称').fill('苏州吴中精密电子有限公司');
    await choose(buyerPage, '所在区县', '吴中', '吴中区');
    await choose(buyerPage, '企业规模', '中', '中型');
    await choose(buyerPage, '所属产业链环节', '终端', '终端应用');
    expectAccessible(await buyer.check(buyerPage, 'sign-up'));
    await buyerPage.getByRole('button', { name: '注册并登录' }).click();
    await buyerPage.locator('#uscc_help').filter({ hasText: '校验位' }).waitFor();
    await buyerPage.getByLabel('统一社会信用代码').fill(uscc);
    await buyerPage.getByRole('button', { name: '注册并登录' }).click();
    await buyerPage.waitForURL(/\/enterprise$/);
    await eventually(async () => expect(await buyerPage.getByLabel('企业中文名称').inputValue()).toBe('苏州吴中精密电子有限公司'));
    await buyerPage.locator('.member-item').filter({ hasText: '采购部 李工 (你)' }).filter({ hasText: buyerEmail }).waitFor();
    expectAccessible(await buyer.check(buyerPage, 'my-enterprise'));
  }, JOURNEY_MS);

  it('posts and publishes a demand, sees the supplier suggested with the reasons, and expresses interest', async () => {
    const page = buyerPage;
    await page.getByRole('button', { name: '发布信息' }).click();
    await page.getByLabel('标题').fill(DEMAND_TITLE);
    await page.getByLabel('描述').fill('长期采购QFN封装与成品测试服务，要求车规级经验。');
    await choose(page, '产业链环节', '封装', '封装测试');
    await page.getByRole('spinbutton', { name: '数量' }).fill('500000');
    await page.getByRole('combobox', { name: '单位', exact: true }).fill('颗');
    await page.locator('.ant-select-item-option').filter({ hasText: /^颗$/ }).click();
    await page.getByRole('combobox', { name: '计量周期' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '每月' }).click();
    expectAccessible(await sessions[1].check(page, 'listing-form'));
    await page.getByRole('button', { name: '保存' }).click();
    const row = page.getByRole('row', { name: new RegExp(DEMAND_TITLE) });
    await row.getByRole('button', { name: '发布' }).click();
    await row.getByText('已发布').waitFor();

    await page.getByRole('link', { name: '匹配' }).click();
    const suggestion = page.locator('.suggestion').filter({ hasText: SUPPLY_TITLE });
    await suggestion.waitFor();
    await suggestion.getByRole('button', { name: '匹配理由' }).click();
    await suggestion.getByRole('cell', { name: '产业链契合' }).waitFor();
    expectAccessible(await sessions[1].check(page, 'matches'));
    await suggestion.getByRole('button', { name: '表达意向' }).click();
    await page.getByLabel('留言').fill('希望了解贵司QFN封装产能与报价。');
    await page.getByRole('button', { name: '提交' }).click();
    await page.getByText('意向已发送，等待对方回复').waitFor();
  }, JOURNEY_MS);

  it('shows the buyer the supplier\'s contact live when the supplier accepts in another browser', async () => {
    const page = buyerPage;
    await page.getByRole('link', { name: '意向' }).click();
    await page.getByRole('tab', { name: '发出的意向' }).click();
    await page.getByText('待回复').waitFor();
    expect(await page.getByText(SUPPLIER_PHONE).count()).toBe(0);
    await page.evaluate('window.stayedOnPage = true'); // lost if the page reloads
    // Wait until the page's subscription is live: a probe event for the buyer's enterprise shows as a notification.
    const buyerEnterpriseId = await page.evaluate<string>(`JSON.parse(localStorage.getItem('chainmatch.session')).user.enterpriseId`);
    const probe = randomUUID();
    const bus = api.app.get<EventBus>(EVENT_BUS);
    await eventually(async () => {
      await bus.publish('interest.answered', { interestId: probe, listingId: probe, status: 'DECLINED', ownerEnterpriseId: probe, senderEnterpriseId: buyerEnterpriseId });
      await page.getByText('您的意向有了回复').first().waitFor({ timeout: 500 });
    });

    const seller = await open();
    const sellerPage = await seller.page('/sign-in');
    // By keyboard alone: the email field has focus, Tab moves on, Enter submits.
    await sellerPage.locator('#email:focus').waitFor();
    expectAccessible(await seller.check(sellerPage, 'sign-in'));
    await sellerPage.keyboard.type(supplier.email);
    await sellerPage.keyboard.press('Tab');
    await sellerPage.keyboard.type(TEST_PASSWORD);
    await sellerPage.keyboard.press('Enter');
    await sellerPage.waitForURL(/\/enterprise$/);
    await sellerPage.getByRole('link', { name: '意向' }).click();
    const received = sellerPage.locator('.interest-item').filter({ hasText: '希望了解贵司QFN封装产能与报价' });
    expectAccessible(await seller.check(sellerPage, 'interest-inbox'));
    await received.getByRole('button', { name: '接受' }).click();
    await received.getByText('已接受').waitFor();

    await page.getByText(SUPPLIER_PHONE).waitFor();
    expect(await page.evaluate('window.stayedOnPage')).toBe(true);
    expectAccessible(await sessions[1].check(page, 'interest-outbox'));
  }, JOURNEY_MS);

  it('lets staff shortlist, introduce and record an order, offering only the legal steps', async () => {
    const demandId = await api.sql<{ id: string }>(`SELECT id FROM listing WHERE title = $1`, [DEMAND_TITLE]).then((rows) => rows[0].id);
    // The matching worker stores the suggestion as a match shortly after the demand is published.
    await eventually(async () => expect(await api.sql(`SELECT id FROM match WHERE demand_listing_id = $1`, [demandId])).toHaveLength(1), 20_000);

    curator = await open();
    const page = await curator.page('/sign-in');
    await page.getByLabel('邮箱').fill(staff.email);
    await page.getByLabel('密码').fill(TEST_PASSWORD);
    await page.locator('#main').getByRole('button', { name: '登录' }).click();
    await page.waitForURL(/\/curation$/);
    const row = page.getByRole('row').filter({ hasText: DEMAND_TITLE });
    await row.waitFor();
    expectAccessible(await curator.check(page, 'curation-queue'));
    await row.getByRole('link', { name: '查看撮合' }).click();

    const submitStep = (title: string) => page.getByRole('dialog', { name: title }).getByRole('button', { name: '提交' }).click();
    expect(await page.getByRole('button', { name: '引荐双方' }).count()).toBe(0);
    await page.getByRole('button', { name: '入围' }).click();
    await submitStep('入围');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '已入围' }).waitFor();
    await page.getByRole('button', { name: '引荐双方' }).click();
    await submitStep('引荐双方');
    await page.getByRole('dialog', { name: '引荐双方' }).locator('.ant-form-item-explain-error').waitFor(); // the note is required
    await page.getByLabel('备注').fill('已电话介绍双方负责人');
    await submitStep('引荐双方');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '已引荐' }).waitFor();
    await page.getByText(SUPPLIER_PHONE).first().waitFor();
    await page.getByRole('button', { name: '记录结果：已下单' }).click();
    await page.getByLabel('订单金额（元）').fill('88000');
    await submitStep('记录结果：已下单');
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '已下单' }).waitFor();
    await page.getByText('¥88,000').waitFor();
    expect(await page.getByRole('button', { name: /记录结果|入围|驳回|引荐/ }).count()).toBe(0);
    expectAccessible(await curator.check(page, 'match'));
  }, JOURNEY_MS);

  it('draws chain insight from the journey\'s data, live for staff: heatmap with reasons, drill-down, chain graph, cluster map, flows, leaders', async () => {
    await recomputeInsight(staff.graphql); // the baseline the next snapshot is compared with
    const eda = await createListing(designHouse.graphql, listingInput(designHouse.enterpriseId, {
      kind: 'DEMAND', title: EDA_DEMAND_TITLE, description: '需要EDA全流程工具授权及IP核。', segmentId: 'ic.eda_ip', keywords: ['EDA'],
    }));
    await designHouse.graphql.data(`mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }`, { id: eda.id });

    const page = await curator.page('/insight/risk?chain=ic');
    const edaInJiangsu = page.getByRole('button', { name: 'EDA工具与IP核 · 江苏省: 无活动' });
    await edaInJiangsu.waitFor();
    expect(await page.locator('.risk-cell').count()).toBe(7 * 5); // IC's seven segments × the region and four provinces
    // Wait until the page's subscription is live: a probe reclassification shows as a notification.
    const bus = api.app.get<EventBus>(EVENT_BUS);
    await eventually(async () => {
      await bus.publish('insight.risk_changed', {
        snapshotId: '0', riskId: 'probe', segmentId: 'ic.probe', chainId: 'ic', provinceAdcode: '320000', fromClass: 'HEALTHY', toClass: 'THIN',
      });
      await page.getByText(/ic\.probe/).first().waitFor({ timeout: 500 });
    });
    await page.getByRole('button', { name: '立即重新计算' }).click();
    await page.getByText('EDA工具与IP核（江苏省）风险等级：无活动 → 断链').waitFor();
    const brokenEda = page.getByRole('button', { name: 'EDA工具与IP核 · 江苏省: 断链' });
    await brokenEda.focus();
    await page.locator('.risk-popover').filter({ hasText: '没有该环节的有效供应' }).waitFor();
    await page.getByRole('img', { name: /集成电路产业链共 7 个环节：.*EDA工具与IP核（断链）/ }).waitFor();
    expectAccessible(await curator.check(page, 'insight-risk'));
    await brokenEda.click();
    const drawer = page.getByRole('dialog', { name: /EDA工具与IP核 · 江苏省/ });
    await drawer.getByRole('link', { name: EDA_DEMAND_TITLE }).waitFor();
    expectAccessible(await curator.check(page, 'insight-unmatched-demand'));
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: '产业集群地图' }).click();
    await page.getByRole('img', { name: /41 个城市和 [1-9]\d* 个产业集群/ }).waitFor();
    await page.getByRole('row').filter({ hasText: '苏州市' }).filter({ hasText: '集成电路' }).waitFor();
    expectAccessible(await curator.check(page, 'insight-clusters'));

    await page.getByRole('tab', { name: '省际流向' }).click();
    const matrix = page.locator('table.flow-matrix');
    await matrix.getByRole('row', { name: /^江苏省/ }).getByRole('cell').nth(1).filter({ hasText: '引荐 1 · 成交 1' }).waitFor();
    expect(await matrix.locator('td.flow-cell').count()).toBe(16);
    expectAccessible(await curator.check(page, 'insight-flows'));

    const buyerEnterpriseId = (await api.sql<{ enterprise_id: string }>(`SELECT enterprise_id FROM app_user WHERE email = $1`, [buyerEmail]))[0].enterprise_id;
    await staff.graphql.data(`mutation($e: ID!) { markChainLeader(enterpriseId: $e, chainId: "ic", note: "吴中区终端应用龙头") { enterpriseId } }`, { e: buyerEnterpriseId });
    await page.getByRole('tab', { name: '链主企业' }).click();
    const leader = page.getByRole('row').filter({ hasText: '苏州吴中精密电子有限公司' });
    await leader.getByRole('button', { name: /展开/ }).click();
    await page.getByText('没有等待本地供应的需求').waitFor();
    expectAccessible(await curator.check(page, 'insight-leaders'));
    expect(curator.outsideRequests).toEqual([]);
  }, JOURNEY_MS);

  it('serves the API explorer offline at /graphql with the signed-in user\'s token', async () => {
    const page = await sessions[1].context.newPage();
    const authorizations: (string | undefined)[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') authorizations.push(request.headers().authorization);
    });
    await page.goto(`${api.baseUrl}/graphql`);
    await page.getByText('ChainMatch API').waitFor();
    await page.getByText(/以 采购部 李工/).waitFor();
    await eventually(async () => expect(authorizations.length).toBeGreaterThan(0));
    expect(authorizations.every((header) => header?.startsWith('Bearer '))).toBe(true);
    expectAccessible(await sessions[1].check(page, 'explorer', { selector: '.graphiql-tabs', why: 'GraphiQL\'s own tab strip puts a close button inside each tab (nested-interactive)' }));
    for (const session of sessions) expect(session.outsideRequests).toEqual([]);
  }, JOURNEY_MS);

  it('refreshes an expired access token without leaving the page', async () => {
    const page = await sessions[1].context.newPage();
    const stored = () => page.evaluate<{ refreshToken: string; accessTokenExpiresAt: string }>(`JSON.parse(localStorage.getItem('chainmatch.session'))`);
    await page.goto(`${api.baseUrl}/search`);
    const before = await stored();
    await page.evaluate(`(() => { const s = JSON.parse(localStorage.getItem('chainmatch.session'));
      s.accessTokenExpiresAt = new Date(Date.now() - 1000).toISOString(); localStorage.setItem('chainmatch.session', JSON.stringify(s)); })()`);
    await page.goto(`${api.baseUrl}/interest?box=sent`);
    await page.getByText(SUPPLIER_PHONE).waitFor();
    expect(page.url()).toBe(`${api.baseUrl}/interest?box=sent`);
    const after = await stored();
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(Date.parse(after.accessTokenExpiresAt)).toBeGreaterThan(Date.now());
  }, JOURNEY_MS);

  it('shows a counterpart listing that stopped being public as "not public" with its status only', async () => {
    const [supply] = await api.sql<{ id: string; version: number }>(`SELECT id, version FROM listing WHERE title = $1`, [SUPPLY_TITLE]);
    await supplier.graphql.data(`mutation($id: ID!, $v: Int!) { pauseListing(id: $id, expectedVersion: $v) { id } }`, { id: supply.id, v: supply.version });
    const [match] = await api.sql<{ id: string }>(`SELECT id FROM match WHERE supply_listing_id = $1`, [supply.id]);
    const page = await sessions[1].context.newPage();

    await page.goto(`${api.baseUrl}/interest?box=sent`);
    const sent = page.locator('.interest-item').filter({ hasText: '希望了解贵司QFN封装产能与报价' });
    await sent.locator('.hidden-listing').filter({ hasText: '未公开的信息' }).filter({ hasText: '已暂停' }).waitFor();
    expect(await sent.getByText(SUPPLY_TITLE).count()).toBe(0);

    await page.goto(`${api.baseUrl}/matches/${match.id}`);
    await page.getByText(DEMAND_TITLE).waitFor();
    await page.locator('.hidden-listing').filter({ hasText: '已暂停' }).waitFor();
    expect(await page.getByText(SUPPLY_TITLE).count()).toBe(0);
    expectAccessible(await sessions[1].check(page, 'match-hidden-side'));
  }, JOURNEY_MS);

  it('fits a phone-width screen without sideways scrolling', async () => {
    const phone = await open({ width: 390, height: 844 });
    for (const path of ['/search', '/sign-in', '/sign-up', '/insight']) {
      const page = await phone.page(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      if (path === '/search') expectAccessible(await phone.check(page, 'search-phone'));
    }
  }, JOURNEY_MS);
});

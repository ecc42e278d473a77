import { InsightRecomputeSchedule, InsightRecomputeService, InsightSnapshotTrigger } from '@chainmatch/insight';
import { parse } from 'csv-parse/sync';
import { signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import { INSIGHT_TEST_ENV, recomputeInsight } from '../support/insight.js';
import { createMatch, type SeededMatch } from '../support/matches.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const SHORTLIST = `mutation($id: ID!, $v: Int!) { shortlistMatch(id: $id, expectedVersion: $v) { version } }`;
const INTRODUCE = `mutation($id: ID!, $v: Int!) { introduceMatch(id: $id, expectedVersion: $v, note: "电话介绍双方") { version } }`;
const OUTCOME = `mutation($id: ID!, $v: Int!, $outcome: MatchOutcome!, $amount: Float, $reason: String) {
  recordMatchOutcome(id: $id, expectedVersion: $v, outcome: $outcome, orderAmountCny: $amount, noDealReason: $reason) { version } }`;
const DISMISS = `mutation($id: ID!, $v: Int!) { dismissMatch(id: $id, expectedVersion: $v, reason: NOT_RELEVANT) { version } }`;
const PUBLISH = `mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }`;
const NEEDS = `{ chainLeaders { edges { node { enterpriseId unmatchedNeeds(first: 10) { totalCount edges { node { id } } } } } } }`;

/** The month the flows are counted in: China's calendar. */
const chinaMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
const csvRows = async (url: string): Promise<Record<string, string>[]> => parse(Buffer.from(await (await fetch(url)).arrayBuffer()), { bom: true, columns: true });

/**
 * Nine enterprises in three cities and five curated matches, all made over the API; the figures
 * are checked against values worked out by hand from them.
 */
describe('clusters, integration flows and chain leaders', () => {
  let api: TestApi;
  let admin: SignedInClient;
  let staff: SignedInClient;
  let staffElsewhere: SignedInClient;
  const firms: Record<string, Member> = {};
  const matches: Record<string, SeededMatch> = {};

  /** The steps staff take (as an admin here), each on the version the last one left. */
  const curate = async (match: SeededMatch, ...steps: [string, Record<string, unknown>?][]) => {
    let version = match.version;
    for (const [step, extra] of steps) version = Object.values(await admin.graphql.data(step, { id: match.id, v: version, ...extra }))[0].version as number;
  };

  beforeAll(async () => {
    api = await startTestApi({ env: { ...INSIGHT_TEST_ENV, MUTATIONS_MAX: '10000' } });
    admin = await signInAdmin(api);
    staff = await signInStaff(api, admin.graphql, ['robotics'], ['320000']);
    staffElsewhere = await signInStaff(api, admin.graphql, ['robotics'], ['330000']);
    const firm = async (key: string, countyAdcode: string, segmentIds: string[]) => (firms[key] = await signUpMember(api, { countyAdcode, segmentIds }));
    // Suzhou: three robotics enterprises across all three stages, one IC; Nanjing: one robotics, two IC; Hangzhou: two biomedicine.
    await firm('X', '320506', ['robotics.body', 'robotics.integration']);
    await firm('Y', '320506', ['robotics.reducer']);
    await firm('Z', '320505', ['robotics.sensors']);
    await firm('W', '320505', ['ic.packaging']);
    await firm('N1', '320102', ['robotics.servo']);
    await firm('N2', '320102', ['ic.design']);
    await firm('N3', '320102', ['ic.fab']);
    await firm('H1', '330106', ['biomed.chem_drugs']);
    await firm('H2', '330106', ['biomed.devices']);
    const match = async (key: string, buyer: string, seller: string, segmentId: string) =>
      (matches[key] = await createMatch(api, firms[buyer], firms[seller], { segmentId }));
    await match('m1', 'X', 'H1', 'robotics.reducer');
    await match('m2', 'H2', 'N1', 'robotics.servo');
    await match('m3', 'N2', 'Y', 'robotics.reducer');
    await match('m4', 'X', 'Z', 'robotics.sensors');
    await match('m5', 'X', 'N1', 'robotics.servo');
    await curate(matches.m1, [SHORTLIST], [INTRODUCE], [OUTCOME, { outcome: 'ORDER_PLACED', amount: 120_000 }]);
    await curate(matches.m2, [SHORTLIST], [INTRODUCE], [OUTCOME, { outcome: 'NO_DEAL', reason: '价格未谈拢' }]);
    await curate(matches.m3, [SHORTLIST], [INTRODUCE], [OUTCOME, { outcome: 'MEETING_HELD' }], [OUTCOME, { outcome: 'ORDER_PLACED', amount: 30_000 }]);
    await curate(matches.m4, [SHORTLIST]);
    await curate(matches.m5, [DISMISS]);
    for (const key of ['m1', 'm4', 'm5']) await firms.X.graphql.data(PUBLISH, { id: matches[key].demandListingId });
    await staff.graphql.data(`mutation($e: ID!) { markChainLeader(enterpriseId: $e, chainId: "robotics", note: "系统集成龙头") { enterpriseId } }`, { e: firms.X.enterpriseId });
    await recomputeInsight(staff.graphql);
  }, 120_000); // nine sign-ups (argon2 hashes), five matches curated step by step, a snapshot
  afterAll(() => api.close());

  it('measures a cluster\'s location quotient against the region, and derives its stage from the figures', async () => {
    const { industrialClusters } = await api.graphql.data(`{ industrialClusters(filter: { chainIds: ["robotics"], stages: [DISPERSED, EMERGING, GROWING, MATURE, DECLINING] }) {
      edges { node { city { adcode nameZh location { lat lng } } stage enterprises cityEnterprises chainRegionEnterprises regionEnterprises
        locationQuotient stagesPresent byStage { stage enterprises } evidence { code decisive sentenceEn measures { name value threshold } } } } } }`);
    const [suzhou, nanjing] = industrialClusters.edges.map((edge: any) => edge.node);
    // (3 robotics of Suzhou's 4 enterprises) ÷ (4 robotics of the region's 9) = 0.75 ÷ 0.444… = 1.6875
    expect(suzhou).toMatchObject({ city: { adcode: '320500', nameZh: '苏州市' }, enterprises: 3, cityEnterprises: 4, chainRegionEnterprises: 4, regionEnterprises: 9 });
    expect(suzhou.locationQuotient).toBeCloseTo(1.6875, 10);
    expect(suzhou.city.location.lat).toBeGreaterThan(31);
    expect(suzhou.stagesPresent).toEqual(['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM']);
    expect(suzhou.byStage).toEqual([{ stage: 'UPSTREAM', enterprises: 2 }, { stage: 'MIDSTREAM', enterprises: 1 }, { stage: 'DOWNSTREAM', enterprises: 1 }]);
    expect(suzhou.stage).toBe('MATURE');
    expect(suzhou.evidence[0]).toMatchObject({ code: 'MATURE_PROFILE', decisive: true });
    expect(suzhou.evidence[1].sentenceEn).toBe('Location quotient = (3 / 4) ÷ (4 / 9) = 1.69: the chain\'s share of Suzhou, Jiangsu\'s enterprises over its share of the region\'s.');
    expect(nanjing).toMatchObject({ city: { adcode: '320100' }, enterprises: 1, stage: 'DISPERSED' });
    expect(nanjing.evidence[0].measures).toEqual([{ name: 'enterprises', value: 1, threshold: 3 }]);
    const { industrialClusters: clustersOnly } = await api.graphql.data(`{ industrialClusters(filter: { chainIds: ["robotics"] }) { totalCount } }`);
    expect(clustersOnly.totalCount).toBe(1);
  });

  it('counts introduced and concluded matches between provinces as recorded', async () => {
    const { integrationFlows } = await api.graphql.data(`{ integrationFlows {
      totals { introduced concluded orderAmountCny crossBorderIntroduced crossBorderShare crossBorderConcludedShare }
      provinceMatrix { supplyProvince { adcode } demandProvince { adcode } crossBorder introduced concluded orderAmountCny }
      topCityPairs(first: 5) { supplyCity { adcode } demandCity { adcode } crossBorder introduced concluded orderAmountCny }
      byMonth { month figures { introduced concluded } } byChain { chain { id } figures { introduced orderAmountCny } } } }`);
    expect(integrationFlows.totals).toEqual({ introduced: 3, concluded: 2, orderAmountCny: 150_000, crossBorderIntroduced: 2, crossBorderShare: 2 / 3, crossBorderConcludedShare: 0.5 });
    expect(integrationFlows.provinceMatrix).toHaveLength(16);
    const cells = integrationFlows.provinceMatrix.filter((cell: any) => cell.introduced > 0)
      .map((cell: any) => `${cell.supplyProvince.adcode}>${cell.demandProvince.adcode} ${cell.introduced}/${cell.concluded} ${cell.orderAmountCny}`);
    expect(cells.sort()).toEqual(['320000>320000 1/1 30000', '320000>330000 1/0 0', '330000>320000 1/1 120000']);
    expect(integrationFlows.topCityPairs).toHaveLength(3);
    expect(integrationFlows.topCityPairs).toContainEqual({ supplyCity: { adcode: '330100' }, demandCity: { adcode: '320500' }, crossBorder: true, introduced: 1, concluded: 1, orderAmountCny: 120_000 });
    expect(integrationFlows.byMonth).toEqual([{ month: chinaMonth(), figures: { introduced: 3, concluded: 2 } }]);
    expect(integrationFlows.byChain).toEqual([{ chain: { id: 'robotics' }, figures: { introduced: 3, orderAmountCny: 150_000 } }]);
    const none = await api.graphql.data(`{ integrationFlows(filter: { chainIds: ["ic"] }) { totals { introduced crossBorderShare } } }`);
    expect(none.integrationFlows.totals).toEqual({ introduced: 0, crossBorderShare: null });
  });

  it('exports clusters and flows as CSV', async () => {
    const clusters = await csvRows(`${api.baseUrl}/export/insight/clusters.csv?chainId=robotics`);
    expect(clusters.find((row) => row['city adcode'] === '320500')).toMatchObject({ stage: 'MATURE', 'location quotient (区位商)': '1.6875' });
    const flows = await csvRows(`${api.baseUrl}/export/insight/province-flows.csv`);
    expect(flows.find((row) => row['supplier province'] === 'Zhejiang' && row['buyer province'] === 'Jiangsu'))
      .toMatchObject({ '供应方省份': '浙江省', 'introduced (已对接)': '1', 'order amount CNY (成交金额，元)': '120000' });
    const monthly = await csvRows(`${api.baseUrl}/export/insight/monthly-flows.csv`);
    expect(monthly).toEqual([expect.objectContaining({ chain: 'Robotics', 'month (月份)': chinaMonth(), 'introduced (已对接)': '3' })]);
  });

  it('gives a chain leader its local supply rate, and its open needs to those who may see them', async () => {
    const { chainLeaders } = await api.graphql.data(`{ chainLeaders(filter: { chainIds: ["robotics"] }) { totalCount edges { node {
      enterprise { id } chain { id } note figures { demandListings withRegionalSupplier localSupplyRate sentenceEn } } } } }`);
    expect(chainLeaders.edges[0].node).toEqual({
      enterprise: { id: firms.X.enterpriseId }, chain: { id: 'robotics' }, note: '系统集成龙头',
      figures: { demandListings: 3, withRegionalSupplier: 1, localSupplyRate: 1 / 3,
        sentenceEn: 'Of 3 live demand listings, 1 has a regional supplier introduced or ordered from: a local supply rate of 33.3%.' },
    });
    const open = [matches.m4.demandListingId, matches.m5.demandListingId].sort();
    for (const client of [staff.graphql, firms.X.graphql, admin.graphql]) {
      const needs = (await client.data(NEEDS)).chainLeaders.edges[0].node.unmatchedNeeds;
      expect({ total: needs.totalCount, ids: needs.edges.map((edge: any) => edge.node.id).sort() }).toEqual({ total: 2, ids: open });
    }
    for (const client of [staffElsewhere.graphql, firms.Y.graphql, api.graphql]) {
      expect((await client.request(NEEDS)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_COVERAGE' });
    }
  });

  it('lets staff mark leaders inside their coverage only, of a chain the enterprise works in', async () => {
    const mark = `mutation($e: ID!, $c: String!) { markChainLeader(enterpriseId: $e, chainId: $c) { enterpriseId } }`;
    expect((await staffElsewhere.graphql.error(mark, { e: firms.Y.enterpriseId, c: 'robotics' })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_COVERAGE' });
    expect((await admin.graphql.error(mark, { e: firms.W.enterpriseId, c: 'robotics' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chainId', reason: 'NOT_IN_CHAIN' });
    expect((await admin.graphql.error(mark, { e: firms.W.enterpriseId, c: 'nowhere' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'chainId' });
    expect(await api.sql(`SELECT enterprise_id FROM chain_leader`)).toEqual([{ enterprise_id: firms.X.enterpriseId }]);
  });

  it('tells which province leads each chain', async () => {
    const { chains } = await api.graphql.data(`{ chains { id leadProvince { adcode nameEn } } }`);
    const lead = Object.fromEntries(chains.map((chain: any) => [chain.id, chain.leadProvince?.nameEn ?? null]));
    expect(lead).toMatchObject({ display: 'Jiangsu', robotics: 'Shanghai', ic: null });
  });

  it('recomputes on schedule only when the newest snapshot is older than the interval', async () => {
    const schedule = api.app.get(InsightRecomputeSchedule);
    const count = async () => (await api.sql(`SELECT count(*)::int AS n FROM insight_snapshot WHERE status = 'DONE'`))[0].n;
    const before = await count();
    expect(await schedule.tick()).toBe(false);
    await api.sql(`UPDATE insight_snapshot SET started_at = started_at - interval '2 hours'`);
    expect(await schedule.tick()).toBe(true);
    expect(await count()).toBe(before + 1);
    expect((await api.sql(`SELECT trigger FROM insight_snapshot ORDER BY id DESC LIMIT 1`))[0].trigger).toBe('SCHEDULE');
  });

  it('runs one recomputation however many ask for it at once', async () => {
    const service = api.app.get(InsightRecomputeService);
    const [first, second] = await Promise.all([
      service.request(InsightSnapshotTrigger.ON_DEMAND, null), service.request(InsightSnapshotTrigger.ON_DEMAND, null),
    ]);
    expect(second.id).toBe(first.id);
    expect(first.status).toBe('RUNNING');
    await recomputeInsight(admin.graphql); // waits for it (or runs the next) before the database is dropped
  });
});

import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { parse } from 'csv-parse/sync';
import type { Client } from 'graphql-ws';
import { signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import type { CreateListingInput } from '../gql/graphql.js';
import { INSIGHT_TEST_ENV, recomputeInsight, riskOf, type RiskRow } from '../support/insight.js';
import { publishListing } from '../support/search.js';
import { connectLive, LiveSubscription, untilLive } from '../support/subscriptions.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const CHANGED = `subscription { segmentRiskChanged { segmentId provinceAdcode fromClass toClass risk { riskClass segment { id } } } }`;
const REDUCER = 'robotics.reducer';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const supply = (segmentId: string, overrides: Partial<CreateListingInput> = {}): Partial<CreateListingInput> =>
  ({ kind: 'SUPPLY', segmentId, title: '供应精密减速器', keywords: ['减速器'], quantity: { amount: 500, unit: '台', basis: 'PER_MONTH' }, ...overrides });
const demand = (segmentId: string): Partial<CreateListingInput> => ({ kind: 'DEMAND', segmentId, title: '采购精密减速器', keywords: ['减速器'], quantity: { amount: 200, unit: '台', basis: 'PER_MONTH' } });
const codes = (risk: RiskRow) => risk.reasons.map((reason) => reason.code);
const measure = (risk: RiskRow, code: string, name: string) =>
  risk.reasons.find((reason) => reason.code === code)?.measures.find((m) => m.name === name);

/**
 * One segment (precision reducers, feeding robot bodies) walked through the classes by listings
 * posted over the API, each step a snapshot recomputed on demand. THIN is configured at one supply
 * listing per demand listing so that it needs few listings; every other threshold is the default.
 */
describe('broken-chain risk from live listings', () => {
  let api: TestApi;
  let bus: EventBus;
  let admin: SignedInClient;
  let staff: SignedInClient;
  let staffElsewhere: SignedInClient;
  let buyer: Member;
  let supplierA: Member;
  let lapsingListing: { id: string; version: number };
  let buyerDemandId: string;
  const clients: Client[] = [];
  const member = (countyAdcode: string) => signUpMember(api, { countyAdcode, segmentIds: ['robotics.reducer', 'robotics.body'] });

  beforeAll(async () => {
    api = await startTestApi({ env: { ...INSIGHT_TEST_ENV, INSIGHT_THIN_SUPPLY_RATIO: '1', MUTATIONS_MAX: '10000' } });
    bus = api.app.get(EVENT_BUS);
    admin = await signInAdmin(api);
    staff = await signInStaff(api, admin.graphql, ['robotics'], ['320000']);
    staffElsewhere = await signInStaff(api, admin.graphql, ['biomed'], ['330000']);
    buyer = await member('320506'); // Suzhou, Jiangsu
    supplierA = await member('320102'); // Nanjing, Jiangsu
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.close();
  });

  const live = (token: string) => {
    const client = connectLive(api.baseUrl, token);
    clients.push(client);
    return new LiveSubscription(client, CHANGED);
  };
  const probe = () => bus.publish('insight.risk_changed', {
    snapshotId: '1', riskId: '0', segmentId: 'probe', chainId: 'robotics', provinceAdcode: '320000', fromClass: 'BROKEN', toClass: 'HEALTHY',
  });
  const isProbe = (result: { data?: any }) => result.data?.segmentRiskChanged?.segmentId === 'probe';
  const changesHeard = async (subscription: LiveSubscription, count: number) => {
    const heard = [];
    for (let i = 0; i < count; i++) heard.push((await subscription.nextData()).segmentRiskChanged);
    await probe(); // nothing else arrived before it: events are delivered in commit order
    expect(isProbe(await subscription.next())).toBe(true);
    return heard.sort((a, b) => String(a.provinceAdcode).localeCompare(String(b.provinceAdcode)));
  };

  it('calls a segment with demand and no supplier BROKEN, and shows the exposure down the chain', async () => {
    buyerDemandId = (await publishListing(buyer, demand(REDUCER))).id;
    await recomputeInsight(staff.graphql);
    const region = await riskOf(api.graphql, REDUCER, null);
    expect(region).toMatchObject({ riskClass: 'BROKEN', demandListings: 1, suppliers: 0, previousClass: null, warnings: [] });
    expect(region.reasons[0]).toMatchObject({ code: 'NO_SUPPLY', decisive: true });
    expect(region.reasons[0].sentenceEn).toMatch(/1 live demand listing in the Yangtze River Delta and no live supply/);
    expect((await riskOf(api.graphql, REDUCER, '320000')).riskClass).toBe('BROKEN');
    expect((await riskOf(api.graphql, REDUCER, '330000')).riskClass).toBe('INACTIVE');
    const body = await riskOf(api.graphql, 'robotics.body', null);
    expect(body.upstreamExposure).toEqual([{ segment: { id: REDUCER }, riskClass: 'BROKEN', via: [] }]);
    const integration = await riskOf(api.graphql, 'robotics.integration', null);
    expect(integration.upstreamExposure).toEqual([{ segment: { id: REDUCER }, riskClass: 'BROKEN', via: [{ id: 'robotics.body' }] }]);
    expect(codes(integration)).toContain('UPSTREAM_EXPOSED');
  });

  it('calls one supplier SINGLE_SOURCE, and covering staff hear of the change', async () => {
    const subscription = live(staff.accessToken);
    await untilLive(subscription, probe, isProbe);
    lapsingListing = await publishListing(supplierA, supply(REDUCER));
    await recomputeInsight(staff.graphql);
    const region = await riskOf(api.graphql, REDUCER, null);
    expect(region).toMatchObject({ riskClass: 'SINGLE_SOURCE', previousClass: 'BROKEN', suppliers: 1, hhi: 1 });
    expect(codes(region)).toEqual(['SINGLE_SUPPLIER']);
    expect(await changesHeard(subscription, 2)).toEqual([
      { segmentId: REDUCER, provinceAdcode: '320000', fromClass: 'BROKEN', toClass: 'SINGLE_SOURCE', risk: { riskClass: 'SINGLE_SOURCE', segment: { id: REDUCER } } },
      { segmentId: REDUCER, provinceAdcode: null, fromClass: 'BROKEN', toClass: 'SINGLE_SOURCE', risk: { riskClass: 'SINGLE_SOURCE', segment: { id: REDUCER } } },
    ]);
    subscription.unsubscribe();
  });

  it('warns AT_RISK when the only supplier\'s listing is about to lapse', async () => {
    const subscription = live(staff.accessToken);
    await untilLive(subscription, probe, isProbe);
    await supplierA.graphql.data(`mutation($id: ID!, $v: Int!, $until: DateTime!) { renewListing(id: $id, expectedVersion: $v, validUntil: $until) { id } }`,
      { id: lapsingListing.id, v: lapsingListing.version, until: inDays(10) });
    await recomputeInsight(staff.graphql);
    const region = await riskOf(api.graphql, REDUCER, null);
    expect(region).toMatchObject({ riskClass: 'AT_RISK', baseClass: 'SINGLE_SOURCE', classAfterLapse: 'BROKEN', warnings: ['LAPSING_SUPPLY'], lapsingSupplyListings: 1 });
    const lapsing = region.reasons.find((reason) => reason.code === 'LAPSING_SUPPLY');
    expect(lapsing).toMatchObject({ decisive: true, sentenceEn: expect.stringMatching(/1 supply listing lapse within 30 days; unless renewed, 0 suppliers remain and the segment becomes broken/) });
    expect(lapsing?.sentenceZh).toContain('断链');
    expect((await changesHeard(subscription, 2)).map((event) => `${event.provinceAdcode}:${event.fromClass}>${event.toClass}`))
      .toEqual(['320000:SINGLE_SOURCE>AT_RISK', 'null:SINGLE_SOURCE>AT_RISK']);
    subscription.unsubscribe();
  });

  it('turns HEALTHY when suppliers in the other provinces join, while the lapsing one stays AT_RISK in its own province', async () => {
    const subscription = live(staff.accessToken);
    const elsewhere = live(staffElsewhere.accessToken);
    const probeElsewhere = () => bus.publish('insight.risk_changed', {
      snapshotId: '1', riskId: '0', segmentId: 'probe', chainId: 'biomed', provinceAdcode: '330000', fromClass: 'BROKEN', toClass: 'HEALTHY' });
    await untilLive(subscription, probe, isProbe);
    await untilLive(elsewhere, probeElsewhere, isProbe);
    // With HHI above 0.4 meaning CONCENTRATED, two suppliers (HHI ≥ 0.5) never make a segment HEALTHY:
    // once A's listing lapses, three others keep it so (HHI 1/3).
    for (const county of ['330106', '340104', '310104']) await publishListing(await member(county), supply(REDUCER));
    await recomputeInsight(staff.graphql);
    const region = await riskOf(api.graphql, REDUCER, null);
    expect(region).toMatchObject({ riskClass: 'HEALTHY', baseClass: 'HEALTHY', classAfterLapse: 'HEALTHY', suppliers: 4, suppliersAfterLapse: 3, hhi: 0.25, warnings: [] });
    expect(measure(region, 'WITHIN_THRESHOLDS', 'hhi')).toEqual({ name: 'hhi', value: 0.25, threshold: 0.4 });
    expect((await riskOf(api.graphql, REDUCER, '320000')).riskClass).toBe('AT_RISK');
    expect(await changesHeard(subscription, 1)).toEqual([
      { segmentId: REDUCER, provinceAdcode: null, fromClass: 'AT_RISK', toClass: 'HEALTHY', risk: { riskClass: 'HEALTHY', segment: { id: REDUCER } } },
    ]);
    await probeElsewhere(); // staff of another chain heard none of it
    expect(isProbe(await elsewhere.next())).toBe(true);
  });

  it('calls CONCENTRATED and THIN by the configured thresholds, with the numbers that decided them', async () => {
    const suzhou = [await member('320506'), await member('320505')];
    for (const supplier of suzhou) await publishListing(supplier, supply('robotics.servo'));
    for (const county of ['320102', '330106', '340104']) await publishListing(await member(county), supply('robotics.controller'));
    for (let i = 0; i < 4; i++) await publishListing(buyer, demand('robotics.controller'));
    await recomputeInsight(staff.graphql);
    const servo = await riskOf(api.graphql, 'robotics.servo', null);
    expect(servo).toMatchObject({ riskClass: 'CONCENTRATED', suppliers: 2, hhi: 0.5, topCityShare: 1 });
    expect(measure(servo, 'HHI_ABOVE', 'hhi')).toEqual({ name: 'hhi', value: 0.5, threshold: 0.4 });
    expect(measure(servo, 'TOP_CITY_ABOVE', 'topCityShare')).toEqual({ name: 'topCityShare', value: 1, threshold: 0.5 });
    expect(servo.reasons.find((r) => r.code === 'TOP_CITY_ABOVE')?.sentenceZh).toContain('苏州市持有 100% 的有效供应');
    const controller = await riskOf(api.graphql, 'robotics.controller', null);
    expect(controller).toMatchObject({ riskClass: 'THIN', suppliers: 3, supplyListings: 3, demandListings: 4 });
    expect(measure(controller, 'SUPPLY_THIN', 'supplyPerDemand')).toEqual({ name: 'supplyPerDemand', value: 0.75, threshold: 1 });
  });

  it('shows the demand behind a row to staff covering it, and to nobody else', async () => {
    const unmatched = `query($filter: SegmentRiskFilter) { segmentRisks(filter: $filter) { edges { node { unmatchedDemand(first: 10) { totalCount edges { node { id } } } } } } }`;
    const filter = { segmentIds: [REDUCER], provinceAdcodes: ['320000'], scope: 'PROVINCE' };
    const seen = await staff.graphql.data(unmatched, { filter });
    expect(seen.segmentRisks.edges[0].node.unmatchedDemand).toEqual({ totalCount: 1, edges: [{ node: { id: buyerDemandId } }] });
    for (const client of [staffElsewhere.graphql, buyer.graphql, api.graphql]) {
      const refused = await client.request(unmatched, { filter });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_COVERAGE' });
    }
  });

  it('keeps each snapshot\'s row, for trends', async () => {
    const { segmentRiskHistory } = await api.graphql.data(`{ segmentRiskHistory(segmentId: "${REDUCER}", first: 10) { totalCount edges { node { riskClass } } } }`);
    expect(segmentRiskHistory.edges.map((edge: any) => edge.node.riskClass)).toEqual(['HEALTHY', 'HEALTHY', 'AT_RISK', 'SINGLE_SOURCE', 'BROKEN']);
  });

  it('shows staff their alliance\'s chains first, everyone else the worst rows first', async () => {
    await publishListing(buyer, { ...demand('ic.fab'), title: '采购晶圆代工产能' });
    await recomputeInsight(staff.graphql);
    const first = `{ segmentRisks(first: 3) { edges { node { riskClass chain { id } segment { id } province { adcode } } } } }`;
    const anonymous = (await api.graphql.data(first)).segmentRisks.edges.map((edge: any) => edge.node);
    expect(anonymous[0]).toEqual({ riskClass: 'BROKEN', chain: { id: 'ic' }, segment: { id: 'ic.fab' }, province: null });
    const covered = (await staff.graphql.data(first)).segmentRisks.edges.map((edge: any) => edge.node);
    expect(covered.map((row: any) => row.chain.id)).toEqual(['robotics', 'robotics', 'robotics']);
    expect(covered[0].riskClass).toBe('AT_RISK');
  });

  it('draws a chain as a heatmap and as a graph coloured by risk', async () => {
    const { riskHeatmap, chainRiskGraph } = await api.graphql.data(`{
      riskHeatmap(chainId: "robotics") { provinces { adcode } rows { segment { id } region { riskClass } provinces { riskClass province { adcode } } } }
      chainRiskGraph(chainId: "robotics", provinceAdcode: "320000") { province { adcode } nodes { segment { id } riskClass } edges { from { id } to { id } fromRiskClass exposed } } }`);
    expect(riskHeatmap.provinces.map((p: any) => p.adcode)).toEqual(['310000', '320000', '330000', '340000']);
    const reducerRow = riskHeatmap.rows.find((row: any) => row.segment.id === REDUCER);
    expect(reducerRow.region.riskClass).toBe('HEALTHY');
    expect(reducerRow.provinces.map((cell: any) => `${cell.province.adcode}:${cell.riskClass}`)).toEqual(['310000:SINGLE_SOURCE', '320000:AT_RISK', '330000:SINGLE_SOURCE', '340000:SINGLE_SOURCE']);
    expect(chainRiskGraph.edges).toContainEqual({ from: { id: REDUCER }, to: { id: 'robotics.body' }, fromRiskClass: 'AT_RISK', exposed: true });
  });

  it('exports the risk table as a CSV file a spreadsheet opens', async () => {
    const response = await fetch(`${api.baseUrl}/export/insight/segment-risks.csv?chainId=robotics`);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the UTF-8 byte-order mark spreadsheets need for Chinese
    const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
    const reducer = rows.find((row) => row['segment id'] === REDUCER && row.area === 'the Yangtze River Delta')!;
    expect(reducer).toMatchObject({ 'risk class': 'HEALTHY', '风险等级': '健康', 'suppliers (供应企业)': '4', HHI: '0.25' });
    expect(rows.filter((row) => row['segment id'] === REDUCER)).toHaveLength(5);
    const refused = await fetch(`${api.baseUrl}/export/insight/segment-risks.csv?chainId=nowhere`);
    expect({ status: refused.status, body: await refused.json() }).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', field: 'chainId' } });
  });

  it('refuses unknown chains, segments and provinces with the path of the argument', async () => {
    const error = await api.graphql.error(`{ segmentRisks(filter: { chainIds: ["robotics", "nowhere"] }) { totalCount } }`);
    // One validator for every input naming reference data (@References): the list's path, the unknown ids in the message.
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.chainIds', reason: 'UNKNOWN_CHAIN' });
    expect(error.message).toContain('nowhere');
    expect(error.message).not.toContain('robotics');
    const province = await api.graphql.error(`{ riskHeatmap(chainId: "robotics", snapshotId: "999999") { rows { segment { id } } } }`);
    expect(province.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'snapshotId', reason: 'UNKNOWN_SNAPSHOT' });
    // 19 digits that no bigint holds: refused before SQL (the fuzz test found them reaching PostgreSQL).
    const huge = await api.graphql.error(`{ insightSnapshot(id: "9999999999999999999") { id } }`);
    expect(huge.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'INVALID_ID' });
    const hugeSnapshot = await api.graphql.error(`{ riskHeatmap(chainId: "robotics", snapshotId: "9999999999999999999") { rows { segment { id } } } }`);
    expect(hugeSnapshot.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'snapshotId', reason: 'INVALID_ID' });
  });
});

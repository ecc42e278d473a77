import { signUpMember, type Member } from '../support/accounts.js';
import { publishListing, SEARCH, SEARCH_WITH_FACETS, waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const CLOSE = `mutation($id: ID!, $v: Int!) { closeListing(id: $id, expectedVersion: $v) { id } }`;
const SUZHOU_WUZHONG = { lat: 31.2627, lng: 120.6318 };

describe('searchListings over GraphQL (PostgreSQL engine)', () => {
  let api: TestApi;
  let suzhou: Member;
  let hangzhou: Member;
  const ids: Record<string, string> = {};
  const search = async (input: Record<string, unknown>, first = 20, after?: string | null) =>
    (await api.graphql.data(SEARCH, { input, first, after })).searchListings;
  const idsOf = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

  beforeAll(async () => {
    api = await startTestApi();
    suzhou = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'], location: SUZHOU_WUZHONG });
    hangzhou = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['nev.battery'] });
    ids.packaging = (await publishListing(suzhou)).id;
    ids.chip = (await publishListing(suzhou, {
      title: '求购车规级MCU芯片', kind: 'DEMAND', segmentId: 'ic.design', keywords: ['MCU'], description: '长期求购车规级32位MCU芯片，年用量约50万颗。',
    })).id;
    ids.battery = (await publishListing(hangzhou, {
      title: 'Lithium battery separator film supply', segmentId: 'nev.battery_materials', keywords: ['separator', '隔膜'],
      description: 'Wet-process polyethylene separator film for traction batteries, 500 million m2 a year.',
    })).id;
    await waitForIndex(api);
  });
  afterAll(() => api.close());

  it('finds a listing by a Chinese domain term and marks it in the title, for anonymous callers', async () => {
    const result = await search({ text: '封装测试' });
    expect(idsOf(result)).toEqual([ids.packaging]);
    const [title] = result.edges[0].highlights.filter((h) => h.field === 'title');
    expect(title.text.slice(title.matches[0].start, title.matches[0].start + title.matches[0].length)).toContain('封装测试');
    expect(result.edges[0].score).toBeGreaterThan(0);
  });

  it('finds English text, plurals included, and applies synonyms (chip = 芯片)', async () => {
    expect(idsOf(await search({ text: 'separator films' }))).toEqual([ids.battery]);
    expect(idsOf(await search({ text: 'chip' }))).toEqual([ids.chip]);
  });

  it('reads a Chinese typo by sound and says so; relaxes a query that finds too little and says which terms it dropped', async () => {
    const typo = await search({ text: '封装侧试' });
    expect(idsOf(typo)).toEqual([ids.packaging]);
    expect(typo).toMatchObject({ corrections: [{ typed: '封装侧试', word: '封装测试' }], droppedTerms: [] });
    const relaxed = await search({ text: '封装测试 长期合作' });
    expect(idsOf(relaxed)).toEqual([ids.packaging]);
    expect(relaxed.droppedTerms).toEqual(['合作', '长期']);
  });

  it('filters AND across fields and OR within one, and counts facets over the matches', async () => {
    expect(idsOf(await search({ kind: 'DEMAND' }))).toEqual([ids.chip]);
    expect(idsOf(await search({ chainIds: ['ic'], kind: 'SUPPLY' }))).toEqual([ids.packaging]);
    expect(idsOf(await search({ provinceAdcodes: ['330000', '310000'] }))).toEqual([ids.battery]);
    const { searchListings } = await api.graphql.data(SEARCH_WITH_FACETS, { input: { chainIds: ['ic', 'nev'] } });
    expect(searchListings.totalCount).toBe(3);
    expect(searchListings.facets.chain).toEqual([{ value: 'ic', count: 2, nameZh: '集成电路' }, { value: 'nev', count: 1, nameZh: '新能源汽车' }]);
    expect(searchListings.facets.province).toEqual([
      { value: '320000', count: 2, nameZh: '江苏省' }, { value: '330000', count: 1, nameZh: '浙江省' },
    ]);
    expect(searchListings.facets.kind).toEqual([{ value: 'SUPPLY', count: 2 }, { value: 'DEMAND', count: 1 }]);
  });

  it('filters by distance and sorts nearest first, with the distance on each edge', async () => {
    const near = { point: SUZHOU_WUZHONG, radiusKm: 50 };
    const close = await search({ near, sort: 'DISTANCE' });
    expect(idsOf(close).sort()).toEqual([ids.packaging, ids.chip].sort());
    expect(close.edges[0].distanceKm).toBeLessThan(1);
    const all = await search({ near: { point: SUZHOU_WUZHONG }, sort: 'DISTANCE' });
    expect(idsOf(all).at(-1)).toBe(ids.battery);
    expect(all.edges.at(-1)?.distanceKm).toBeGreaterThan(100);
  });

  it('pages with cursors, without repeats or gaps', async () => {
    const first = await search({}, 2);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await search({}, 2, first.pageInfo.endCursor);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect([...idsOf(first), ...idsOf(second)].sort()).toEqual(Object.values(ids).sort());
  });

  it('drops a listing from results once it is CLOSED', async () => {
    await suzhou.graphql.data(CLOSE, { id: ids.chip, v: 2 });
    await waitForIndex(api);
    expect(idsOf(await search({ chainIds: ['ic'] }))).toEqual([ids.packaging]);
    expect(idsOf(await search({ text: '芯片' }))).toEqual([]);
  });

  it('falls back from 车规 MCU to plain MCUs when no automotive MCU is offered, saying 车规 was dropped; an automotive MCU, once offered, comes first', async () => {
    // The demo market's shape: plain 32-bit MCUs and an automotive-grade LiDAR, no automotive MCU (the one above is closed).
    const mcu = (await publishListing(suzhou, { title: '32位MCU芯片', segmentId: 'ic.design', keywords: ['MCU'], description: 'Cortex-M4内核，工业级。' })).id;
    const lidar = (await publishListing(suzhou, { title: '车规级激光雷达', segmentId: 'ai.chips_sensors', keywords: ['激光雷达'], description: '前装量产，905nm半固态。' })).id;
    await waitForIndex(api);
    for (const [text, qualifier] of [['车规 MCU', '车规'], ['车规MCU', '车规'], ['车规级MCU', '车规级']]) {
      const result = await search({ text });
      expect({ text, top3: idsOf(result).slice(0, 3), droppedTerms: result.droppedTerms }).toEqual({ text, top3: [mcu], droppedTerms: [qualifier] });
      expect(idsOf(result)).not.toContain(lidar);
      expect(result.edges[0].highlights.some((h) => h.field === 'title' && h.matches.some((m) => h.text.slice(m.start, m.start + m.length).includes('MCU')))).toBe(true);
    }
    const automotive = (await publishListing(suzhou, { title: '车规级MCU现货', segmentId: 'ic.design', keywords: ['车规MCU'], description: '通过AEC-Q100 Grade 1认证，现货供应。' })).id;
    await waitForIndex(api);
    expect(await search({ text: '车规 MCU' })).toMatchObject({ totalCount: 2, droppedTerms: ['车规'], edges: [{ node: { id: automotive } }, { node: { id: mcu } }] });
    expect(await search({ text: '车规 MCU' }, 1)).toMatchObject({ totalCount: 1, droppedTerms: [], edges: [{ node: { id: automotive } }] });
  });

  it.each([
    [{ input: { sort: 'DISTANCE' } }, 'input.sort', 'NEAR_REQUIRED'],
    [{ input: { chainIds: ['ic" OR kind = "DEMAND'] } }, 'input.chainIds', undefined],
    [{ after: 'bm90LWEtY3Vyc29y' }, 'after', 'INVALID_CURSOR'],
    [{ input: { near: { point: { lat: 10, lng: 120 }, radiusKm: 5 } } }, 'input.near.point.lat', undefined],
  ])('refuses %j with BAD_USER_INPUT on the field', async (variables, field, reason) => {
    const error = await api.graphql.error(SEARCH, variables);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(reason && { reason }) });
  });

  it('shows the engine and the sync lag in /health', async () => {
    const health: any = await (await fetch(`${api.baseUrl}/health`)).json();
    expect(health.info.search).toMatchObject({ status: 'up', engine: 'postgres', engineStatus: 'up', pendingChanges: 0, syncLagSeconds: 0 });
  });
});

import { computeUsccCheckCharacter } from '@chainmatch/enterprises';
import { signInAdmin } from '../support/accounts.js';
import { validUscc } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const ENTERPRISE_FIELDS = `id uscc nameZh nameEn size county { adcode } city { adcode } province { adcode }
  location { lat lng } hasPreciseLocation segments { id } contact { name phone email }
  needsReview reviewReasons version createdAt updatedAt`;
const REGISTER = `mutation Register($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { ${ENTERPRISE_FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $expectedVersion: Int!, $input: UpdateEnterpriseInput!) {
  updateEnterprise(id: $id, expectedVersion: $expectedVersion, input: $input) { ${ENTERPRISE_FIELDS} } }`;
const ENTERPRISE = `query One($id: ID!) { enterprise(id: $id) { ${ENTERPRISE_FIELDS} } }`;
const LIST = `query List($first: Int, $after: String, $filter: EnterpriseFilter) {
  enterprises(first: $first, after: $after, filter: $filter) {
    totalCount edges { cursor node { id segments { id } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

const ALIBABA_HANGZHOU = '91330100716105852F';
const SHANGHAI_REGISTERED = `91310000MA1FL${'0'.repeat(3)}1`; // 17 characters, registered in Shanghai (310000)

const ELEVEN_SEGMENTS = ['ic.materials', 'ic.equipment', 'ic.eda_ip', 'ic.design', 'ic.fab', 'ic.packaging', 'ic.applications',
  'ai.chips_sensors', 'ai.compute', 'ai.data', 'ai.algorithms'];

/** What ENTERPRISE_FIELDS selects. */
interface Enterprise {
  id: string;
  uscc: string;
  nameZh: string;
  nameEn: string | null;
  size: string;
  county: { adcode: string };
  city: { adcode: string };
  province: { adcode: string };
  location: { lat: number; lng: number } | null;
  hasPreciseLocation: boolean;
  segments: { id: string }[];
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  needsReview: boolean;
  reviewReasons: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

interface EnterprisePage {
  totalCount: number;
  edges: { cursor: string; node: { id: string; segments: { id: string }[] } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

describe('enterprises over GraphQL', () => {
  let api: TestApi;
  /** Registering is for staff and admins; this suite is about the rules, so it acts as an admin throughout. */
  let admin: GraphQLClient;
  beforeAll(async () => {
    api = await startTestApi();
    admin = (await signInAdmin(api)).graphql;
  });
  afterAll(() => api.close());
  const sql = <T extends object = Record<string, unknown>>(text: string, params?: unknown[]) => api.sql<T>(text, params);

  const registerInput = (overrides: Record<string, unknown> = {}) => ({
    uscc: validUscc('330106'),
    nameZh: '杭州测试科技有限公司',
    countyAdcode: '330106', // 杭州市西湖区
    segmentIds: ['ic.design'],
    size: 'SMALL',
    ...overrides,
  });

  async function register(overrides: Record<string, unknown> = {}): Promise<Enterprise> {
    return (await admin.data<{ registerEnterprise: Enterprise }>(REGISTER, { input: registerInput(overrides) })).registerEnterprise;
  }

  async function rowCounts(): Promise<{ enterprises: number; links: number }> {
    const [row] = await sql(
      'SELECT (SELECT count(*) FROM enterprise)::int AS enterprises, (SELECT count(*) FROM enterprise_segment)::int AS links',
    );
    return row as { enterprises: number; links: number };
  }

  /** Runs an operation that must be refused, and checks that it wrote nothing. */
  async function refusal(query: string, variables: Record<string, unknown>) {
    const before = await rowCounts();
    const error = await admin.error(query, variables);
    expect(await rowCounts()).toEqual(before);
    return error;
  }

  describe('registerEnterprise', () => {
    it('registers a Hangzhou enterprise with a Hangzhou USCC, unflagged, at its county seat', async () => {
      const enterprise = await register({
        uscc: ALIBABA_HANGZHOU,
        nameZh: '  阿里巴巴（中国）有限公司 ',
        nameEn: 'Alibaba (China) Co., Ltd.',
        segmentIds: ['ic.fab', 'ai.compute', 'ai.algorithms'],
        size: 'LARGE',
        contact: { name: '张三', phone: '0571-8502 2088', email: 'bd@example.cn' },
      });
      expect(enterprise).toMatchObject({
        uscc: ALIBABA_HANGZHOU,
        nameZh: '阿里巴巴（中国）有限公司',
        nameEn: 'Alibaba (China) Co., Ltd.',
        size: 'LARGE',
        county: { adcode: '330106' },
        city: { adcode: '330100' },
        province: { adcode: '330000' },
        location: { lat: 30.259463, lng: 120.130194 },
        hasPreciseLocation: false,
        segments: [{ id: 'ai.algorithms' }, { id: 'ai.compute' }, { id: 'ic.fab' }],
        contact: { name: '张三', phone: '0571-8502 2088', email: 'bd@example.cn' },
        needsReview: false,
        reviewReasons: [],
        version: 1,
      });
      const rows = await sql('SELECT city_adcode, province_adcode, lat, version FROM enterprise WHERE id = $1', [enterprise.id]);
      expect(rows).toEqual([{ city_adcode: '330100', province_adcode: '330000', lat: null, version: 1 }]);
      const { enterprise: read } = await admin.data<{ enterprise: Enterprise | null }>(ENTERPRISE, { id: enterprise.id });
      expect(read).toEqual(enterprise);
    });

    it('keeps a precise point, and falls back to the city point for a county without coordinates', async () => {
      const precise = await register({ location: { lat: 30.28, lng: 120.02 } });
      expect(precise).toMatchObject({ location: { lat: 30.28, lng: 120.02 }, hasPreciseLocation: true, contact: null, nameEn: null });
      const uncharted = await register({ uscc: validUscc('320800'), countyAdcode: '320812' }); // 淮安市清江浦区
      const { city } = await admin.data<{ city: { location: { lat: number; lng: number } } }>(`{ city(adcode: "320800") { location { lat lng } } }`);
      expect(uncharted).toMatchObject({ location: city.location, hasPreciseLocation: false, city: { adcode: '320800' } });
    });

    it('accepts valid codes generated for each province of the region, unflagged in their own province', async () => {
      for (const [division, county] of [['310115', '310112'], ['320500', '320505'], ['330200', '330106'], ['340100', '340104']]) {
        const body = `91${division}MA2B3C4D5`;
        const uscc = body + computeUsccCheckCharacter(body);
        const enterprise = await register({ uscc, countyAdcode: county });
        expect(enterprise.uscc).toBe(uscc);
        expect(enterprise).toMatchObject({ needsReview: false, reviewReasons: [] });
      }
    });

    it('normalises a lower-case USCC with spaces', async () => {
      const uscc = validUscc('330106');
      const enterprise = await register({ uscc: ` ${uscc.slice(0, 9).toLowerCase()} ${uscc.slice(9).toLowerCase()} ` });
      expect(enterprise.uscc).toBe(uscc);
    });

    const wrongCheck = ALIBABA_HANGZHOU.slice(0, 17) + (ALIBABA_HANGZHOU[17] === 'G' ? 'H' : 'G');
    it.each([
      ['a wrong check character', wrongCheck, 'USCC_CHECK_CHARACTER'],
      ['17 characters', ALIBABA_HANGZHOU.slice(0, 17), 'USCC_LENGTH'],
      ['19 characters', `${ALIBABA_HANGZHOU}0`, 'USCC_LENGTH'],
      ['an empty code', '', 'USCC_LENGTH'],
      ...['I', 'O', 'Z', 'S', 'V'].map((letter) => [`the forbidden letter ${letter}`, `9133010071610585${letter}F`, 'USCC_CHARSET']),
      ['punctuation', '91330100-16105852F', 'USCC_CHARSET'],
    ])('refuses %s', async (_case, uscc, reason) => {
      const error = await refusal(REGISTER, { input: registerInput({ uscc }) });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.uscc', reason });
    });

    it('refuses a USCC already registered, in any case, leaving exactly one row', async () => {
      const uscc = validUscc('330106');
      await register({ uscc });
      for (const again of [uscc, uscc.toLowerCase()]) {
        const error = await refusal(REGISTER, { input: registerInput({ uscc: again, nameZh: '冒名企业有限公司' }) });
        expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'USCC_ALREADY_REGISTERED', field: 'input.uscc' });
      }
      expect(await sql('SELECT name_zh FROM enterprise WHERE uscc = $1', [uscc])).toEqual([{ name_zh: '杭州测试科技有限公司' }]);
    });

    it('lets exactly one of several simultaneous registrations of one USCC through', async () => {
      const uscc = validUscc('330106');
      const before = await rowCounts();
      const results = await Promise.all(
        Array.from({ length: 6 }, () => admin.request(REGISTER, { input: registerInput({ uscc, segmentIds: ['ic.fab', 'ic.packaging'] }) })),
      );
      const refused = results.filter((r) => r.errors?.length);
      expect(results.filter((r) => r.data?.registerEnterprise)).toHaveLength(1);
      expect(refused).toHaveLength(5);
      for (const r of refused) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'USCC_ALREADY_REGISTERED' });
      expect(await rowCounts()).toEqual({ enterprises: before.enterprises + 1, links: before.links + 2 });
    });

    it('accepts a Shanghai-registered code located in Jiangsu, flagged for review', async () => {
      const uscc = SHANGHAI_REGISTERED + computeUsccCheckCharacter(SHANGHAI_REGISTERED);
      const enterprise = await register({ uscc, countyAdcode: '320505' }); // 苏州市虎丘区
      expect(enterprise).toMatchObject({ province: { adcode: '320000' }, needsReview: true, reviewReasons: ['USCC_REGION_MISMATCH'] });
      const [row] = await sql('SELECT review_reasons::text AS reasons FROM enterprise WHERE id = $1', [enterprise.id]);
      expect(row.reasons).toBe('{USCC_REGION_MISMATCH}');
    });

    it.each([
      ['an empty Chinese name', { nameZh: '' }, { field: 'input.nameZh' }],
      ['a Chinese name of one character once trimmed', { nameZh: '  厂 ' }, { field: 'input.nameZh' }],
      ['a Chinese name over 200 characters', { nameZh: '企'.repeat(201) }, { field: 'input.nameZh' }],
      ['an English name of one character', { nameEn: 'A' }, { field: 'input.nameEn' }],
      ['a county adcode of 4 digits', { countyAdcode: '3301' }, { field: 'input.countyAdcode' }],
      ['a county outside the region', { countyAdcode: '110101' }, { field: 'input.countyAdcode', reason: 'UNKNOWN_COUNTY' }],
      ['an unknown segment', { segmentIds: ['ic.fab', 'ic.nonexistent'] }, { field: 'input.segmentIds', reason: 'UNKNOWN_SEGMENT' }],
      ['an empty segment list', { segmentIds: [] }, { field: 'input.segmentIds' }],
      ['a repeated segment', { segmentIds: ['ic.fab', 'ic.fab'] }, { field: 'input.segmentIds' }],
      ['eleven segments', { segmentIds: ELEVEN_SEGMENTS }, { field: 'input.segmentIds' }],
      ['a bad e-mail', { contact: { email: 'not-an-email' } }, { field: 'input.contact.email' }],
      ['a phone that is not a mainland number', { contact: { phone: '12345' } }, { field: 'input.contact.phone' }],
      ['a contact name over 100 characters', { contact: { name: 'x'.repeat(101) } }, { field: 'input.contact.name' }],
      ['a point outside the region', { location: { lat: 39.9, lng: 116.4 } }, { field: 'input.location.lat' }],
      ['a point with lat and lng swapped', { location: { lat: 120.1, lng: 30.2 } }, { field: 'input.location.lat' }],
    ])('refuses %s with BAD_USER_INPUT on the field, writing nothing', async (_case, overrides, expected) => {
      const error = await refusal(REGISTER, { input: registerInput(overrides) });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...expected });
    });

    it('refuses an unknown size given through variables', async () => {
      const error = await refusal(REGISTER, { input: registerInput({ size: 'HUGE' }) });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.message).toContain('size');
    });
  });

  describe('updateEnterprise', () => {
    const update = (id: string, expectedVersion: number, input: Record<string, unknown>) =>
      admin.data<{ updateEnterprise: Enterprise }>(UPDATE, { id, expectedVersion, input }).then((data) => data.updateEnterprise);

    it('changes the given fields only and bumps the version by exactly one', async () => {
      const created = await register({ nameEn: 'Before Ltd', contact: { name: '李四', phone: '13800138000' }, location: { lat: 30.3, lng: 120.1 } });
      const updated = await update(created.id, 1, { nameZh: ' 杭州新名称有限公司 ', segmentIds: ['biomed.devices', 'ai.data'], location: null });
      expect(updated).toMatchObject({
        nameZh: '杭州新名称有限公司',
        nameEn: 'Before Ltd',
        uscc: created.uscc,
        size: 'SMALL',
        segments: [{ id: 'ai.data' }, { id: 'biomed.devices' }],
        hasPreciseLocation: false,
        location: { lat: 30.259463, lng: 120.130194 },
        contact: { name: '李四', phone: '13800138000', email: null },
        version: 2,
      });
      expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(created.updatedAt));
      expect(updated.createdAt).toBe(created.createdAt);
      const again = await update(created.id, 2, { contact: { email: 'new@example.com' }, nameEn: null });
      expect(again).toMatchObject({ contact: { name: null, phone: null, email: 'new@example.com' }, nameEn: null, version: 3 });
      expect(await sql('SELECT version FROM enterprise WHERE id = $1', [created.id])).toEqual([{ version: 3 }]);
      expect(await sql('SELECT segment_id FROM enterprise_segment WHERE enterprise_id = $1 ORDER BY 1', [created.id])).toEqual([
        { segment_id: 'ai.data' },
        { segment_id: 'biomed.devices' },
      ]);
    });

    it('refuses a stale version with the current one, then accepts the current version', async () => {
      const created = await register();
      await update(created.id, 1, { size: 'MEDIUM' });
      const error = await refusal(UPDATE, { id: created.id, expectedVersion: 1, input: { size: 'LARGE' } });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
      expect((await admin.data<{ enterprise: Enterprise | null }>(ENTERPRISE, { id: created.id })).enterprise).toMatchObject({ size: 'MEDIUM', version: 2 });
      expect(await update(created.id, 2, { size: 'LARGE' })).toMatchObject({ size: 'LARGE', version: 3 });
    });

    it('lets exactly one of several simultaneous updates at one version through', async () => {
      const created = await register();
      const results = await Promise.all(
        ['MICRO', 'MEDIUM', 'LARGE', 'MICRO', 'MEDIUM'].map((size) => admin.request(UPDATE, { id: created.id, expectedVersion: 1, input: { size } })),
      );
      expect(results.filter((r) => r.data?.updateEnterprise)).toHaveLength(1);
      for (const r of results.filter((r) => r.errors?.length)) {
        expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
      }
      expect(await sql('SELECT version FROM enterprise WHERE id = $1', [created.id])).toEqual([{ version: 2 }]);
    });

    it('recomputes the review flag when the county changes', async () => {
      const uscc = validUscc('310115');
      const created = await register({ uscc, countyAdcode: '320583' }); // 苏州市昆山市
      expect(created).toMatchObject({ needsReview: true, reviewReasons: ['USCC_REGION_MISMATCH'] });
      const moved = await update(created.id, 1, { countyAdcode: '310112' });
      expect(moved).toMatchObject({ county: { adcode: '310112' }, city: { adcode: '310100' }, province: { adcode: '310000' }, needsReview: false, reviewReasons: [] });
      const back = await update(created.id, 2, { countyAdcode: '340104' });
      expect(back).toMatchObject({ province: { adcode: '340000' }, needsReview: true, reviewReasons: ['USCC_REGION_MISMATCH'], version: 3 });
      const renamed = await update(created.id, 3, { nameZh: '改名不改地有限公司' });
      expect(renamed.reviewReasons).toEqual(['USCC_REGION_MISMATCH']);
    });

    it('answers NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      const missing = await refusal(UPDATE, { id: '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11', expectedVersion: 1, input: { size: 'LARGE' } });
      expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND' });
      const malformed = await refusal(UPDATE, { id: 'not-a-uuid', expectedVersion: 1, input: { size: 'LARGE' } });
      expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });

    describe('refuses malformed input, leaving the enterprise as it was', () => {
      let target: Enterprise;
      beforeAll(async () => {
        target = await register({ nameZh: '不变企业有限公司' });
      });
      afterEach(async () => {
        expect((await admin.data<{ enterprise: Enterprise | null }>(ENTERPRISE, { id: target.id })).enterprise).toEqual(target);
      });

      it.each([
        ['no field at all', {}, { field: 'input', reason: 'EMPTY_UPDATE' }],
        ['an empty Chinese name', { nameZh: '' }, { field: 'input.nameZh' }],
        ['a null Chinese name', { nameZh: null }, { field: 'input.nameZh' }],
        ['a null county', { countyAdcode: null }, { field: 'input.countyAdcode' }],
        ['a county outside the region', { countyAdcode: '440305' }, { field: 'input.countyAdcode', reason: 'UNKNOWN_COUNTY' }],
        ['an unknown segment', { segmentIds: ['nope'] }, { field: 'input.segmentIds', reason: 'UNKNOWN_SEGMENT' }],
        ['an empty segment list', { segmentIds: [] }, { field: 'input.segmentIds' }],
        ['a bad e-mail', { contact: { email: 'a@' } }, { field: 'input.contact.email' }],
        ['a point outside the region', { location: { lat: 31, lng: 130 } }, { field: 'input.location.lng' }],
        ['a null size', { size: null }, { field: 'input.size' }],
      ])('%s', async (_case, input, expected) => {
        const error = await refusal(UPDATE, { id: target.id, expectedVersion: 1, input });
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', ...expected });
      });

      it('an unknown size given through variables', async () => {
        const error = await refusal(UPDATE, { id: target.id, expectedVersion: 1, input: { size: 'GIANT' } });
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
        expect(error.message).toContain('size');
      });

      it('a USCC, which cannot change', async () => {
        const error = await refusal(UPDATE, { id: target.id, expectedVersion: 1, input: { uscc: validUscc('330106') } });
        expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      });
    });
  });

  describe('enterprise', () => {
    it('is null for an unknown id and BAD_USER_INPUT on `id` for a malformed one', async () => {
      expect(await admin.data<{ enterprise: Enterprise | null }>(ENTERPRISE, { id: '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11' })).toEqual({ enterprise: null });
      const error = await admin.error(ENTERPRISE, { id: "1' OR '1'='1" });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    });
  });

  describe('enterprises', () => {
    const MARKER = '链配筛选';
    const fixtures = [
      { key: 'sh', countyAdcode: '310112', division: '310112', segmentIds: ['ic.fab', 'ic.packaging'], size: 'LARGE', nameEn: 'Percent 50% Fab' },
      { key: 'huqiu', countyAdcode: '320505', division: '320505', segmentIds: ['ic.packaging'], size: 'SMALL', nameEn: 'Percent 500 Packaging' },
      { key: 'kunshan', countyAdcode: '320583', division: '310000', segmentIds: ['ai.compute'], size: 'MEDIUM', nameEn: 'Under_score Compute' },
      { key: 'hz', countyAdcode: '330106', division: '330106', segmentIds: ['ai.algorithms', 'ic.design'], size: 'SMALL', nameEn: 'UnderXscore Algorithms' },
      { key: 'hefei', countyAdcode: '340104', division: '340104', segmentIds: ['biomed.devices'], size: 'MICRO', nameEn: null },
    ];
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      for (const f of fixtures) {
        const enterprise = await register({
          uscc: validUscc(f.division),
          nameZh: `${MARKER}${f.key}有限公司`,
          nameEn: f.nameEn,
          countyAdcode: f.countyAdcode,
          segmentIds: f.segmentIds,
          size: f.size,
        });
        ids[f.key] = enterprise.id;
      }
    });

    /** Pages through the whole result two at a time, returning the ids in order. */
    async function listAll(filter?: Record<string, unknown>): Promise<string[]> {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 200; page += 1) {
        const { enterprises }: { enterprises: EnterprisePage } = await admin.data(LIST, { first: 2, after, filter });
        seen.push(...enterprises.edges.map((e) => e.node.id));
        if (!enterprises.pageInfo.hasNextPage) return seen;
        after = enterprises.pageInfo.endCursor;
      }
      throw new Error('pagination did not end');
    }
    const keysOf = (found: string[]) => found.map((id) => Object.keys(ids).find((key) => ids[key] === id) ?? id).sort();

    it.each([
      ['province', { provinceAdcode: '320000' }, ['huqiu', 'kunshan']],
      ['city', { cityAdcode: '320500' }, ['huqiu', 'kunshan']],
      ['segment', { segmentId: 'ic.packaging' }, ['huqiu', 'sh']],
      ['chain', { chainId: 'ai' }, ['hz', 'kunshan']],
      ['size', { size: 'SMALL' }, ['huqiu', 'hz']],
      ['needing review', { needsReview: true }, ['kunshan']],
      ['not needing review', { needsReview: false }, ['hefei', 'huqiu', 'hz', 'sh']],
      ['province and chain together', { provinceAdcode: '310000', chainId: 'ic' }, ['sh']],
      ['a segment of another chain than the chain', { segmentId: 'ic.fab', chainId: 'ai' }, []],
    ])('filters by %s', async (_case, filter, expected) => {
      expect(keysOf(await listAll({ search: MARKER, ...filter }))).toEqual(expected);
    });

    it.each([
      ['Chinese text', `${MARKER}h`, ['hefei', 'huqiu', 'hz']],
      ['English text, ignoring case', 'percent', ['huqiu', 'sh']],
      ['a literal %', '50%', ['sh']],
      ['a literal _', 'r_s', ['kunshan']],
      ['text no name contains', '不存在的名字', []],
    ])('searches names by %s', async (_case, search, expected) => {
      expect(keysOf(await listAll({ search }))).toEqual(expected);
    });

    it('pages through everything two at a time, newest first, without duplicates or gaps', async () => {
      const all = await listAll();
      const rows = await sql<{ id: string }>('SELECT id FROM enterprise ORDER BY created_at DESC, id DESC');
      expect(all).toEqual(rows.map((r) => r.id));
      expect(new Set(all).size).toBe(all.length);
      const { enterprises } = await admin.data<{ enterprises: EnterprisePage }>(LIST, { first: 2 });
      expect(enterprises.totalCount).toBe(rows.length);
      expect(enterprises.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    });

    it('gives an empty page after the last one', async () => {
      const { enterprises: last } = await admin.data<{ enterprises: EnterprisePage }>(LIST, { first: 100, filter: { search: MARKER } });
      expect(last.edges).toHaveLength(5);
      const { enterprises } = await admin.data<{ enterprises: EnterprisePage }>(LIST, { first: 2, after: last.pageInfo.endCursor, filter: { search: MARKER } });
      expect(enterprises).toMatchObject({ edges: [], totalCount: 5, pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: null } });
    });

    it.each([
      ['first above the cap', { first: 101 }, 'first'],
      ['a negative first', { first: -1 }, 'first'],
      ['a garbage cursor', { after: 'garbage' }, 'after'],
      ['a bad province adcode', { filter: { provinceAdcode: 'Jiangsu' } }, 'filter.provinceAdcode'],
      ['an empty search', { filter: { search: '   ' } }, 'filter.search'],
    ])('refuses %s with BAD_USER_INPUT', async (_case, variables, field) => {
      const error = await admin.error(LIST, variables);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });

    it('loads the segments of every enterprise on a page, each ordered by id', async () => {
      const { enterprises } = await admin.data<{ enterprises: EnterprisePage }>(LIST, { first: 100 });
      const rows = await sql<{ id: string; segments: string[] }>(
        `SELECT e.id, coalesce(array_agg(es.segment_id ORDER BY es.segment_id) FILTER (WHERE es.segment_id IS NOT NULL), '{}') AS segments
           FROM enterprise e LEFT JOIN enterprise_segment es ON es.enterprise_id = e.id GROUP BY e.id`,
      );
      const expected = new Map(rows.map((r) => [r.id, r.segments]));
      expect(enterprises.edges.length).toBe(rows.length);
      for (const { node } of enterprises.edges) {
        expect(node.segments.map((s: { id: string }) => s.id)).toEqual(expected.get(node.id));
        expect(node.segments.length).toBeGreaterThan(0);
      }
    });
  });

  // Last, because it removes a segment from the database behind the in-memory taxonomy: the
  // service then accepts it and the enterprise_segment insert fails after the enterprise row.
  describe('writes an enterprise and its segments atomically', () => {
    const VANISHED = 'biomed.tcm';
    beforeAll(async () => {
      await sql('DELETE FROM segment WHERE id = $1', [VANISHED]);
    });

    it('leaves no enterprise behind when its segments cannot be written', async () => {
      const uscc = validUscc('330106');
      const error = await refusal(REGISTER, { input: registerInput({ uscc, segmentIds: ['ic.fab', VANISHED] }) });
      expect(error.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await sql('SELECT id FROM enterprise WHERE uscc = $1', [uscc])).toEqual([]);
    });

    it('leaves the enterprise as it was when its new segments cannot be written', async () => {
      const created = await register({ segmentIds: ['ic.fab'] });
      await refusal(UPDATE, { id: created.id, expectedVersion: 1, input: { nameZh: '半途而废有限公司', segmentIds: [VANISHED] } });
      expect((await admin.data<{ enterprise: Enterprise | null }>(ENTERPRISE, { id: created.id })).enterprise).toEqual(created);
    });
  });
});

import { AuditRecorder } from '@chainmatch/audit';
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql/index.js';
import { LOGOUT, signInAdmin, signInStaff, signUpMember, TEST_PASSWORD } from '../support/accounts.js';
import { validUscc } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const AUDIT_LOG = graphql(`query AuditLog($first: Int, $after: String, $filter: AuditLogFilter) {
  auditLog(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id at actorUserId actorRole action targetType targetId outcome reason } }
  } }`);
const UPDATE_LISTING = graphql(`mutation RetitleListing($id: ID!) { updateListing(id: $id, expectedVersion: 1, input: { title: "新的标题" }) { id } }`);
const CREATE_ALLIANCE_LITERAL = graphql(`mutation CreateAllianceLiteral {
  createAlliance(input: { nameZh: "越权联盟", chainIds: ["ic"], provinceAdcodes: ["320000"] }) { id } }`);
const LOGIN_UNKNOWN = graphql(`mutation LoginUnknownEmail { login(email: "nobody@example.cn", password: "wrong password 123") { accessToken } }`);
const CHAIN_IDS = graphql(`query ChainIds { chains { id } }`);
const LISTINGS_TOTAL = graphql(`query ListingsTotal { listings(first: 1) { totalCount } }`);

describe('the audit log', () => {
  let api: TestApi;
  let admin: GraphQLClient;

  /** Every column of the entries about one target, oldest first. */
  const entriesAbout = (targetId: string) =>
    api.sql(`SELECT actor_user_id, actor_role, action, target_type, target_id, outcome, reason, ip FROM audit_log WHERE target_id = $1 ORDER BY id`, [targetId]);
  const lastEntry = async () => (await api.sql(`SELECT * FROM audit_log ORDER BY id DESC LIMIT 1`))[0];

  async function insertEnterprise(countyAdcode: string, cityAdcode: string, provinceAdcode: string, segmentId: string): Promise<string> {
    const [{ id }] = await api.sql(
      `INSERT INTO enterprise (uscc, name_zh, county_adcode, city_adcode, province_adcode, size) VALUES ($1, '审计测试企业', $2, $3, $4, 'SMALL') RETURNING id`,
      [validUscc(countyAdcode), countyAdcode, cityAdcode, provinceAdcode],
    );
    await api.sql(`INSERT INTO enterprise_segment (enterprise_id, segment_id) VALUES ($1, $2)`, [id, segmentId]);
    return id;
  }

  async function insertListing(enterpriseId: string, place: [string, string, string], segmentId: string, chainId: string): Promise<string> {
    const [{ id }] = await api.sql(
      `INSERT INTO listing (enterprise_id, kind, title, description, segment_id, chain_id, county_adcode, city_adcode, province_adcode, valid_from, valid_until)
       VALUES ($1, 'SUPPLY', '审计测试供应', '用于审计日志测试的供应信息', $2, $3, $4, $5, $6, now(), now() + interval '30 days') RETURNING id`,
      [enterpriseId, segmentId, chainId, ...place],
    );
    return id;
  }

  beforeAll(async () => {
    api = await startTestApi();
    admin = (await signInAdmin(api)).graphql;
  });
  afterAll(() => api.close());

  describe('recording', () => {
    it('records a refused anonymous mutation with the code the caller received, no actor, and the target from `id`', async () => {
      const target = randomUUID();
      const error = await api.graphql.error(UPDATE_LISTING, { id: target });
      expect(await entriesAbout(target)).toEqual([{
        actor_user_id: null, actor_role: null, action: 'updateListing', target_type: 'LISTING', target_id: target,
        outcome: error.extensions?.code, reason: error.extensions?.reason ?? null, ip: expect.stringContaining('127.0.0.1'),
      }]);
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('records a successful mutation as OK with the actor, and never what was sent', async () => {
      const { graphql: client, userId } = await signInAdmin(api);
      const before = (await api.sql(`SELECT max(id) AS id FROM audit_log`))[0].id;
      expect(await client.data(LOGOUT)).toEqual({ logout: true });
      const entries = await api.sql(`SELECT * FROM audit_log WHERE id > $1`, [before]);
      expect(entries).toEqual([expect.objectContaining({
        actor_user_id: userId, actor_role: 'ADMIN', action: 'logout', target_type: 'USER', target_id: userId, outcome: 'OK', reason: null,
      })]);
      // The login that preceded it: anonymous at the time, the signed-in user as target, no password anywhere.
      const [login] = await api.sql(`SELECT * FROM audit_log WHERE action = 'login' AND target_id = $1`, [userId]);
      expect(login).toMatchObject({ actor_user_id: null, outcome: 'OK', target_type: 'USER' });
      expect(JSON.stringify(await api.sql(`SELECT * FROM audit_log`))).not.toContain(TEST_PASSWORD);
    });

    it('records a sign-up with the new user as target', async () => {
      const member = await signUpMember(api);
      const [signUp] = await api.sql(`SELECT * FROM audit_log WHERE action = 'signUp' AND target_id = $1`, [member.userId]);
      expect(signUp).toMatchObject({ actor_user_id: null, target_type: 'USER', outcome: 'OK' });
    });

    it('records a refusal by the AccessGuard with the caller it identified', async () => {
      const member = await signUpMember(api);
      const error = await member.graphql.error(CREATE_ALLIANCE_LITERAL);
      expect(error.extensions?.code).toBe('FORBIDDEN');
      expect(await lastEntry()).toMatchObject({
        actor_user_id: member.userId, actor_role: 'ENTERPRISE_MEMBER', action: 'createAlliance', target_type: 'ALLIANCE', target_id: null,
        outcome: 'FORBIDDEN', reason: error.extensions?.reason,
      });
    });

    it('records a failed login without the email or password', async () => {
      const error = await api.graphql.error(LOGIN_UNKNOWN);
      expect(await lastEntry()).toMatchObject({ action: 'login', outcome: error.extensions?.code, reason: error.extensions?.reason, target_id: null });
      expect(JSON.stringify(await lastEntry())).not.toMatch(/nobody|wrong password/);
    });

    it('records mutations refused before execution: bad variables, and operations over the query limits', async () => {
      const missingVariable = await api.graphql.error(`mutation($id: ID!) { closeListing(id: $id, expectedVersion: 1) { id } }`);
      expect(missingVariable.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await lastEntry()).toMatchObject({ action: 'closeListing', outcome: 'BAD_USER_INPUT', target_id: null });

      const target = randomUUID();
      const nested = 'segment { upstream { downstream { upstream { downstream { upstream { downstream { upstream { downstream { id } } } } } } } } }';
      const tooDeep = await api.graphql.error(`mutation { pauseListing(id: "${target}", expectedVersion: 1) { ${nested} } }`);
      expect(tooDeep.extensions?.code).toBe('QUERY_TOO_DEEP');
      expect(await entriesAbout(target)).toEqual([expect.objectContaining({ action: 'pauseListing', outcome: 'QUERY_TOO_DEEP', target_type: 'LISTING' })]);
    });

    it('records each root field of an operation once; fields after a failed one as NOT_EXECUTED', async () => {
      const [first, second] = [randomUUID(), randomUUID()];
      const response = await api.graphql.request(`mutation {
        a: closeListing(id: "${first}", expectedVersion: 1) { id }
        b: closeListing(id: "${second}", expectedVersion: 1) { id } }`);
      expect(response.errors).toHaveLength(1);
      expect((await entriesAbout(first)).map((e) => e.outcome)).toEqual([response.errors![0].extensions?.code]);
      expect(await entriesAbout(second)).toEqual([expect.objectContaining({ action: 'closeListing', outcome: 'NOT_EXECUTED', reason: null })]);
    });

    it('records nothing for queries', async () => {
      const [{ count: before }] = await api.sql(`SELECT count(*)::int AS count FROM audit_log`);
      await api.graphql.data(CHAIN_IDS);
      await api.graphql.request(LISTINGS_TOTAL);
      expect((await api.sql(`SELECT count(*)::int AS count FROM audit_log`))[0].count).toBe(before);
    });

    it('never turns a mutation into a failure when the audit cannot be written', async () => {
      const { graphql: client } = await signInAdmin(api);
      await api.sql(`ALTER TABLE audit_log RENAME TO audit_log_away`);
      try {
        expect(await client.data(LOGOUT)).toEqual({ logout: true });
        // And the recorder itself swallows the failure.
        await expect(api.app.get(AuditRecorder).record([{
          actorUserId: null, actorRole: null, action: 'logout', targetType: null, targetId: null, outcome: 'OK', reason: null, ip: null,
        }])).resolves.toBeUndefined();
      } finally {
        await api.sql(`ALTER TABLE audit_log_away RENAME TO audit_log`);
      }
    });
  });

  describe('the auditLog query', () => {
    it('pages newest first with working cursors and filters', async () => {
      const target = randomUUID();
      for (let i = 0; i < 3; i += 1) await api.graphql.request(UPDATE_LISTING, { id: target });
      const ids = (await api.sql(`SELECT id FROM audit_log WHERE target_id = $1 ORDER BY id DESC`, [target])).map((r) => r.id);
      expect(ids).toHaveLength(3);

      const first = (await admin.data(AUDIT_LOG, { first: 2, filter: { targetId: target } })).auditLog;
      expect(first.totalCount).toBe(3);
      expect(first.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 2));
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.edges[0].node).toMatchObject({ action: 'updateListing', targetType: 'LISTING', targetId: target, actorUserId: null });

      const second = (await admin.data(AUDIT_LOG, { first: 2, after: first.pageInfo.endCursor, filter: { targetId: target } })).auditLog;
      expect(second.edges.map((e) => e.node.id)).toEqual(ids.slice(2));
      expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

      const { outcome } = first.edges[0].node;
      const byOutcome = (await admin.data(AUDIT_LOG, { first: 100, filter: { targetId: target, action: 'updateListing', outcome } })).auditLog;
      expect(byOutcome.totalCount).toBe(3);
      const otherAction = (await admin.data(AUDIT_LOG, { filter: { targetId: target, action: 'closeListing' } })).auditLog;
      expect(otherAction.totalCount).toBe(0);
      const future = (await admin.data(AUDIT_LOG, { filter: { targetId: target, from: new Date(Date.now() + 60_000).toISOString() } })).auditLog;
      expect(future.totalCount).toBe(0);
      const past = (await admin.data(AUDIT_LOG, { filter: { targetId: target, to: new Date(Date.now() + 60_000).toISOString() } })).auditLog;
      expect(past.totalCount).toBe(3);
    });

    it('filters by actor', async () => {
      const { graphql: client, userId } = await signInAdmin(api);
      await client.data(LOGOUT);
      const mine = (await admin.data(AUDIT_LOG, { filter: { actorUserId: userId } })).auditLog;
      expect(mine.edges.map((e) => [e.node.action, e.node.actorRole])).toEqual([['logout', 'ADMIN']]);
    });

    it('refuses forged cursors and oversized pages with BAD_USER_INPUT', async () => {
      expect((await admin.error(AUDIT_LOG, { after: 'bm90LWEtY3Vyc29y' })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
      expect((await admin.error(AUDIT_LOG, { first: 1000 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
    });

    it('is refused to anonymous callers and enterprise members', async () => {
      expect((await api.graphql.error(AUDIT_LOG)).extensions?.code).toBe('UNAUTHENTICATED');
      const member = await signUpMember(api);
      expect((await member.graphql.error(AUDIT_LOG)).extensions?.code).toBe('FORBIDDEN');
    });

    it('shows staff only entries about listings and enterprises inside their alliance\'s coverage', async () => {
      const staff = await signInStaff(api, admin, ['ic'], ['320000']);
      const jiangsu: [string, string, string] = ['320506', '320500', '320000'];
      const zhejiang: [string, string, string] = ['330106', '330100', '330000'];
      const inside = await insertEnterprise(...jiangsu, 'ic.packaging');
      const otherProvince = await insertEnterprise(...zhejiang, 'ic.packaging');
      const otherChain = await insertEnterprise(...jiangsu, 'nev.battery');
      const targets = {
        insideEnterprise: inside,
        insideListing: await insertListing(inside, jiangsu, 'ic.packaging', 'ic'),
        // A listing is judged by its own place and chain, not by its enterprise's.
        listingOtherProvince: await insertListing(inside, zhejiang, 'ic.packaging', 'ic'),
        listingOtherChain: await insertListing(otherChain, jiangsu, 'nev.battery', 'nev'),
        enterpriseOtherProvince: otherProvince,
        enterpriseOtherChain: otherChain,
      };
      const typeOf = (name: string) => (name.toLowerCase().includes('listing') ? 'LISTING' : 'ENTERPRISE');
      for (const [name, id] of Object.entries(targets)) {
        await api.sql(`INSERT INTO audit_log (action, target_type, target_id, outcome) VALUES ('coverageTest', $1, $2, 'OK')`, [typeOf(name), id]);
      }
      // Targets staff never see: users, alliances, none, and a LISTING whose row no longer exists.
      await api.sql(`INSERT INTO audit_log (action, target_type, target_id, outcome) VALUES
        ('coverageTest', 'USER', $1, 'OK'), ('coverageTest', 'ALLIANCE', $2, 'OK'), ('coverageTest', NULL, NULL, 'OK'), ('coverageTest', 'LISTING', $3, 'OK')`,
      [staff.userId, randomUUID(), randomUUID()]);

      const seenBy = async (client: GraphQLClient) =>
        (await client.data(AUDIT_LOG, { first: 100, filter: { action: 'coverageTest' } })).auditLog.edges.map((e) => e.node.targetId);
      expect((await seenBy(staff.graphql)).sort()).toEqual([targets.insideEnterprise, targets.insideListing].sort());
      expect(await seenBy(admin)).toHaveLength(10);

      const total = (await staff.graphql.data(AUDIT_LOG, { filter: { action: 'coverageTest' } })).auditLog.totalCount;
      expect(total).toBe(2);
    });
  });
});

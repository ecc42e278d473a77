import { operationRules } from '@chainmatch/auth';
import { signIn, signInAdmin, signInStaff, signUpMember, TEST_PASSWORD, type Member, type SignedInClient } from '../support/accounts.js';
import { createListing, listingInput, validUscc } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { activeListingOf, expressInterest } from '../support/interest.js';
import { createMatch, WITHOUT_MATCH_WORKER } from '../support/matches.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

type Actor = 'anonymous' | 'memberA' | 'memberB' | 'staffIn' | 'staffOut' | 'admin';
type Outcome = 'OK' | 'FORBIDDEN' | 'UNAUTHENTICATED';
const ACTORS: Actor[] = ['anonymous', 'memberA', 'memberB', 'staffIn', 'staffOut', 'admin'];

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  /** Who sends it, when not the actor's usual session (logout spends a session of its own). */
  client?: GraphQLClient;
}

interface Case {
  mutation: string;
  expected: Record<Actor, Outcome>;
  /** Fresh resources for one run, so an allowed run never changes what the next actor meets. */
  prepare(actor: Actor): Promise<Operation>;
}

const outcomes = (anonymous: Outcome, memberA: Outcome, memberB: Outcome, staffIn: Outcome, staffOut: Outcome, admin: Outcome) =>
  ({ anonymous, memberA, memberB, staffIn, staffOut, admin });
const PUBLIC = outcomes('OK', 'OK', 'OK', 'OK', 'OK', 'OK');
const SIGNED_IN = outcomes('UNAUTHENTICATED', 'OK', 'OK', 'OK', 'OK', 'OK');
/** Enterprise A's own business: its members and admins. */
const OWNER = outcomes('UNAUTHENTICATED', 'OK', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK');
/** Staff whose alliance covers enterprise A (IC chain, Jiangsu), and admins. */
const COVERING_STAFF = outcomes('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'OK', 'FORBIDDEN', 'OK');
/** Enterprise A's members only: what one enterprise says to another, nobody else says for it. */
const MEMBERS_OF_A = outcomes('UNAUTHENTICATED', 'OK', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const ADMIN_ONLY = outcomes('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'OK');
/** Any alliance's staff, and admins. */
const STAFF = outcomes('UNAUTHENTICATED', 'FORBIDDEN', 'FORBIDDEN', 'OK', 'OK', 'OK');

const transition = (name: string) => `mutation($id: ID!, $v: Int!) { ${name}(id: $id, expectedVersion: $v) { id } }`;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
let serial = 0;

describe('authorization matrix: every mutation as every kind of caller', () => {
  let api: TestApi;
  let admin: SignedInClient;
  let memberA: Member;
  let memberB: Member;
  let staffIn: SignedInClient;
  let staffOut: SignedInClient;
  const seen: { mutation: string; outcome: Outcome }[] = [];

  const clientOf = (actor: Actor): GraphQLClient =>
    actor === 'anonymous' ? api.graphql : { memberA, memberB, staffIn, staffOut, admin }[actor].graphql;
  const emailOf = (actor: Exclude<Actor, 'anonymous'>) => ({ memberA, memberB, staffIn, staffOut, admin })[actor].email;

  /** A listing of enterprise A: a DRAFT, or ACTIVE when `published`. */
  const listingOfA = async (published = false) => {
    const listing = await createListing(memberA.graphql, listingInput(memberA.enterpriseId));
    if (!published) return { id: listing.id, v: 1 };
    await memberA.graphql.data(transition('publishListing'), { id: listing.id, v: 1 });
    return { id: listing.id, v: 2 };
  };
  /** A match of A's DEMAND with B's SUPPLY (IC: Jiangsu × Zhejiang) in `status`, at version 1. */
  const matchOfA = async (status = 'SUGGESTED') => ({ id: (await createMatch(api, memberA, memberB, { status })).id, v: 1 });
  /** Pending interest of B in an ACTIVE listing of A (A answers it), or of A in one of B's (A withdraws it). */
  const interestInA = async () => ({ id: (await expressInterest(memberB, await activeListingOf(memberA))).id, v: 1 });
  const interestOfA = async () => ({ id: (await expressInterest(memberA, await activeListingOf(memberB))).id, v: 1 });
  const versionOfA = async () => (await api.sql(`SELECT version FROM enterprise WHERE id = $1`, [memberA.enterpriseId]))[0].version;
  const newAccount = () => ({ email: `matrix-${++serial}@test.cn`, password: TEST_PASSWORD, displayName: '矩阵' });
  /** A term group of the IC chain (covered by staffIn, not staffOut) with terms no other group has. */
  const lexiconGroup = () => {
    const n = ++serial;
    return { id: `ic.matrix-${n}`, segmentIds: ['ic.materials'], type: 'MATERIAL', zh: [`矩阵材料${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${n}号`], en: [`matrix material ${n}`] };
  };
  const CREATE_GROUP = `mutation($input: CreateLexiconGroupInput!) { createLexiconGroup(input: $input) { id } }`;
  /** A fresh group made by an admin, at version 1. */
  const lexiconGroupOfIc = async () => {
    const { id, ...content } = lexiconGroup();
    await admin.graphql.data(CREATE_GROUP, { input: { id, ...content } });
    return { groupId: id, v: 1, content };
  };

  const CASES: Case[] = [
    { mutation: 'createListing', expected: OWNER, prepare: async () => ({
      query: `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`,
      variables: { input: listingInput(memberA.enterpriseId) } }) },
    { mutation: 'updateListing', expected: OWNER, prepare: async () => ({
      query: `mutation($id: ID!, $v: Int!) { updateListing(id: $id, expectedVersion: $v, input: { title: "改过的标题" }) { id } }`,
      variables: await listingOfA() }) },
    { mutation: 'publishListing', expected: OWNER, prepare: async () => ({ query: transition('publishListing'), variables: await listingOfA() }) },
    { mutation: 'pauseListing', expected: OWNER, prepare: async () => ({ query: transition('pauseListing'), variables: await listingOfA(true) }) },
    { mutation: 'closeListing', expected: OWNER, prepare: async () => ({ query: transition('closeListing'), variables: await listingOfA() }) },
    { mutation: 'renewListing', expected: OWNER, prepare: async () => ({
      query: `mutation($id: ID!, $v: Int!, $until: DateTime!) { renewListing(id: $id, expectedVersion: $v, validUntil: $until) { id } }`,
      variables: { ...(await listingOfA()), until: inDays(30) } }) },
    { mutation: 'moderateListing', expected: COVERING_STAFF, prepare: async () => ({
      query: `mutation($id: ID!, $v: Int!) { moderateListing(id: $id, expectedVersion: $v, reason: "图片与描述不符") { id } }`,
      variables: await listingOfA(true) }) },
    { mutation: 'updateEnterprise', expected: OWNER, prepare: async () => ({
      query: `mutation($id: ID!, $v: Int!) { updateEnterprise(id: $id, expectedVersion: $v, input: { size: MEDIUM }) { id } }`,
      variables: { id: memberA.enterpriseId, v: await versionOfA() } }) },
    { mutation: 'verifyEnterprise', expected: COVERING_STAFF, prepare: async () => ({
      query: `mutation($id: ID!) { verifyEnterprise(id: $id) { id } }`, variables: { id: memberA.enterpriseId } }) },
    { mutation: 'registerEnterprise', expected: COVERING_STAFF, prepare: async () => ({
      query: `mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { id } }`,
      variables: { input: { nameZh: `矩阵企业${++serial}`, uscc: validUscc('320506'), countyAdcode: '320506', size: 'SMALL', segmentIds: ['ic.fab'] } } }) },
    { mutation: 'createEnterpriseInvitation', expected: OWNER, prepare: async () => ({
      query: `mutation($id: ID!) { createEnterpriseInvitation(enterpriseId: $id) { code } }`, variables: { id: memberA.enterpriseId } }) },
    { mutation: 'createAlliance', expected: ADMIN_ONLY, prepare: async () => ({
      query: `mutation { createAlliance(input: { nameZh: "矩阵联盟", chainIds: ["ai"], provinceAdcodes: ["310000"] }) { id } }` }) },
    { mutation: 'createStaffAccount', expected: ADMIN_ONLY, prepare: async () => {
      const [alliance] = await api.sql(`SELECT id FROM alliance LIMIT 1`);
      return { query: `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`,
        variables: { input: { ...newAccount(), allianceId: alliance.id } } };
    } },
    { mutation: 'signUp', expected: PUBLIC, prepare: async () => ({
      query: `mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
      variables: { input: { ...newAccount(), enterprise: {
        nameZh: `自助注册企业${++serial}`, uscc: validUscc('340104'), countyAdcode: '340104', size: 'MICRO', segmentIds: ['ai.data'] } } } }) },
    { mutation: 'login', expected: PUBLIC, prepare: async () => ({
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`,
      variables: { e: memberA.email, p: TEST_PASSWORD } }) },
    { mutation: 'refreshSession', expected: PUBLIC, prepare: async () => ({
      query: `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`,
      variables: { t: (await signIn(api, memberA.email)).refreshToken } }) },
    { mutation: 'shortlistMatch', expected: COVERING_STAFF, prepare: async () => ({ query: transition('shortlistMatch'), variables: await matchOfA() }) },
    { mutation: 'dismissMatch', expected: COVERING_STAFF, prepare: async () => ({
      query: `mutation($id: ID!, $v: Int!) { dismissMatch(id: $id, expectedVersion: $v, reason: NOT_RELEVANT) { id } }`, variables: await matchOfA() }) },
    { mutation: 'introduceMatch', expected: COVERING_STAFF, prepare: async () => ({
      query: `mutation($id: ID!, $v: Int!) { introduceMatch(id: $id, expectedVersion: $v, note: "电话介绍") { id } }`,
      variables: await matchOfA('SHORTLISTED') }) },
    { mutation: 'recordMatchOutcome', expected: COVERING_STAFF, prepare: async () => ({
      query: `mutation($id: ID!, $v: Int!) { recordMatchOutcome(id: $id, expectedVersion: $v, outcome: MEETING_HELD) { id } }`,
      variables: await matchOfA('INTRODUCED') }) },
    { mutation: 'expressInterest', expected: MEMBERS_OF_A, prepare: async () => ({
      query: `mutation($l: ID!) { expressInterest(listingId: $l, message: "我司有意采购，请联系") { id } }`,
      variables: { l: await activeListingOf(memberB) } }) },
    { mutation: 'acceptInterest', expected: MEMBERS_OF_A, prepare: async () => ({ query: transition('acceptInterest'), variables: await interestInA() }) },
    { mutation: 'declineInterest', expected: MEMBERS_OF_A, prepare: async () => ({
      query: `mutation($id: ID!, $v: Int!) { declineInterest(id: $id, expectedVersion: $v, reason: "暂无需求") { id } }`, variables: await interestInA() }) },
    { mutation: 'withdrawInterest', expected: MEMBERS_OF_A, prepare: async () => ({ query: transition('withdrawInterest'), variables: await interestOfA() }) },
    { mutation: 'createLexiconGroup', expected: COVERING_STAFF, prepare: async () => ({ query: CREATE_GROUP, variables: { input: lexiconGroup() } }) },
    { mutation: 'updateLexiconGroup', expected: COVERING_STAFF, prepare: async () => {
      const { groupId, v, content } = await lexiconGroupOfIc();
      return { query: `mutation($g: String!, $v: Int!, $input: LexiconGroupContentInput!) { updateLexiconGroup(groupId: $g, expectedVersion: $v, input: $input) { id } }`,
        variables: { g: groupId, v, input: { ...content, variants: [`${content.zh[0]}改`] } } };
    } },
    { mutation: 'deleteLexiconGroup', expected: COVERING_STAFF, prepare: async () => {
      const { groupId, v } = await lexiconGroupOfIc();
      return { query: `mutation($g: String!, $v: Int!) { deleteLexiconGroup(groupId: $g, expectedVersion: $v) { id } }`, variables: { g: groupId, v } };
    } },
    { mutation: 'markChainLeader', expected: COVERING_STAFF, prepare: async () => ({
      query: `mutation($e: ID!) { markChainLeader(enterpriseId: $e, chainId: "ic", note: "封测龙头") { enterpriseId } }`,
      variables: { e: memberA.enterpriseId } }) },
    { mutation: 'unmarkChainLeader', expected: COVERING_STAFF, prepare: async () => {
      await api.sql(`INSERT INTO chain_leader (enterprise_id, chain_id) VALUES ($1, 'ic') ON CONFLICT DO NOTHING`, [memberA.enterpriseId]);
      return { query: `mutation($e: ID!) { unmarkChainLeader(enterpriseId: $e, chainId: "ic") { enterpriseId } }`, variables: { e: memberA.enterpriseId } };
    } },
    { mutation: 'recomputeInsight', expected: STAFF, prepare: async () => ({ query: `mutation { recomputeInsight { id status } }` }) },
    { mutation: 'logout', expected: SIGNED_IN, prepare: async (actor) => ({
      query: `mutation { logout }`,
      client: actor === 'anonymous' ? api.graphql : (await signIn(api, emailOf(actor))).graphql }) },
  ];

  /** Rows of the business tables, so a refusal can be shown to have written nothing. */
  const fingerprint = async () => (await api.sql(`SELECT md5(concat_ws('|',
    (SELECT string_agg(l::text, ',' ORDER BY id) FROM listing l),
    (SELECT string_agg(e::text, ',' ORDER BY id) FROM enterprise e),
    (SELECT string_agg(s::text, ',' ORDER BY enterprise_id, segment_id) FROM enterprise_segment s),
    (SELECT string_agg(u::text, ',' ORDER BY id) FROM app_user u),
    (SELECT string_agg(x::text, ',' ORDER BY revision) FROM lexicon_edit x),
    (SELECT string_agg(a::text, ',' ORDER BY id) FROM alliance a),
    (SELECT string_agg(i::text, ',' ORDER BY id) FROM enterprise_invitation i),
    (SELECT string_agg(m::text, ',' ORDER BY id) FROM match m),
    (SELECT string_agg(me::text, ',' ORDER BY id) FROM match_event me),
    (SELECT string_agg(g::text, ',' ORDER BY viewer_enterprise_id, owner_enterprise_id) FROM contact_grant g),
    (SELECT string_agg(t::text, ',' ORDER BY id) FROM interest t),
    (SELECT string_agg(c::text, ',' ORDER BY enterprise_id, chain_id) FROM chain_leader c))) AS digest`))[0].digest;

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000', ...WITHOUT_MATCH_WORKER } });
    admin = await signInAdmin(api);
    memberA = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    memberB = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['biomed.chem_drugs'] });
    staffIn = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    staffOut = await signInStaff(api, admin.graphql, ['biomed'], ['330000']);
  });
  afterAll(() => api.close());

  it('covers every mutation the API serves', () => {
    const served = operationRules(api.app).filter((r) => r.operation.startsWith('Mutation.')).map((r) => r.operation.slice(9)).sort();
    expect(CASES.map((c) => c.mutation).sort()).toEqual(served);
  });

  describe.each(ACTORS)('as %s', (actor) => {
    it.each(CASES.map((c) => [c.mutation, c] as const))('%s', async (_mutation, testCase) => {
      const operation = await testCase.prepare(actor);
      const before = await fingerprint();
      const result = await (operation.client ?? clientOf(actor)).request(operation.query, operation.variables);
      const outcome = (result.errors?.[0]?.extensions?.code ?? 'OK') as Outcome;
      seen.push({ mutation: testCase.mutation, outcome });
      expect({ outcome, errors: result.errors?.map((e) => e.message) ?? [] })
        .toEqual({ outcome: testCase.expected[actor], errors: testCase.expected[actor] === 'OK' ? [] : [expect.any(String)] });
      if (outcome !== 'OK') expect(await fingerprint()).toBe(before);
    });
  });

  it('records every one of those mutations, with its outcome, in the audit log', async () => {
    const rows = await api.sql(`SELECT DISTINCT action, outcome FROM audit_log`);
    const recorded = new Set(rows.map((r) => `${r.action}:${r.outcome}`));
    const missing = [...new Set(seen.map((s) => `${s.mutation}:${s.outcome}`))].filter((key) => !recorded.has(key));
    expect(missing).toEqual([]);
  });
});

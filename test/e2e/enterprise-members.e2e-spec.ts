import { graphql } from '../gql/index.js';
import { signInAdmin, signInStaff, signUpMember, TEST_PASSWORD, type Member, type SignedInClient } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const MEMBERS = graphql(`query EnterpriseMembers($enterpriseId: ID, $first: Int, $after: String) {
  enterpriseMembers(enterpriseId: $enterpriseId, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id email displayName role enterpriseId createdAt } }
  }
}`);
const INVITE = graphql(`mutation InvitationCode { createEnterpriseInvitation { code } }`);
const JOIN = graphql(`mutation JoinByInvitation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`);

describe('enterpriseMembers: who works for an enterprise, for those who may know', () => {
  let api: TestApi;
  let founder: Member;
  let colleague: { id: string; email: string };
  let otherMember: Member;
  let admin: SignedInClient;
  let staffIn: SignedInClient;
  let staffOut: SignedInClient;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signInAdmin(api);
    founder = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] }); // Suzhou, IC
    otherMember = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['biomed.chem_drugs'] });
    staffIn = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    staffOut = await signInStaff(api, admin.graphql, ['ic'], ['330000']);
    const { createEnterpriseInvitation } = await founder.graphql.data(INVITE);
    const email = `colleague-${process.pid}@test.chainmatch.cn`;
    const { signUp } = await api.graphql.data(JOIN, {
      input: { email, password: TEST_PASSWORD, displayName: '同事 张工', invitationCode: createEnterpriseInvitation.code },
    });
    colleague = { id: signUp.user.id, email };
  });
  afterAll(() => api.close());

  it('shows a member their own enterprise\'s accounts, first joined first, without naming it', async () => {
    const { enterpriseMembers } = await founder.graphql.data(MEMBERS);
    expect(enterpriseMembers.totalCount).toBe(2);
    expect(enterpriseMembers.edges.map((edge) => edge.node)).toEqual([
      { id: founder.userId, email: founder.email, displayName: '测试会员', role: 'ENTERPRISE_MEMBER', enterpriseId: founder.enterpriseId, createdAt: expect.any(String) },
      { id: colleague.id, email: colleague.email, displayName: '同事 张工', role: 'ENTERPRISE_MEMBER', enterpriseId: founder.enterpriseId, createdAt: expect.any(String) },
    ]);
  });

  it('pages one account at a time through the cursor, without repeats', async () => {
    const first = await founder.graphql.data(MEMBERS, { first: 1 });
    expect(first.enterpriseMembers.pageInfo.hasNextPage).toBe(true);
    const second = await founder.graphql.data(MEMBERS, { first: 1, after: first.enterpriseMembers.pageInfo.endCursor });
    expect([...first.enterpriseMembers.edges, ...second.enterpriseMembers.edges].map((edge) => edge.node.id)).toEqual([founder.userId, colleague.id]);
    expect(second.enterpriseMembers.pageInfo.hasNextPage).toBe(false);
    const tooMany = await founder.graphql.error(MEMBERS, { first: 101 });
    expect(tooMany.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE', field: 'first' });
  });

  it('shows them to staff covering the enterprise (its chain in its province) and to admins', async () => {
    for (const reader of [staffIn, admin]) {
      const { enterpriseMembers } = await reader.graphql.data(MEMBERS, { enterpriseId: founder.enterpriseId });
      expect(enterpriseMembers.edges.map((edge) => edge.node.id)).toEqual([founder.userId, colleague.id]);
    }
  });

  it('refuses members of other enterprises, staff outside their coverage and anonymous callers', async () => {
    const variables = { enterpriseId: founder.enterpriseId };
    expect((await otherMember.graphql.error(MEMBERS, variables)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_YOUR_ENTERPRISE' });
    expect((await staffOut.graphql.error(MEMBERS, variables)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_COVERAGE' });
    expect((await api.graphql.error(MEMBERS, variables)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('asks staff and admins to name an existing enterprise, by a well-formed id', async () => {
    expect((await staffIn.graphql.error(MEMBERS)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ENTERPRISE_REQUIRED', field: 'enterpriseId' });
    const unknown = await admin.graphql.error(MEMBERS, { enterpriseId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_ENTERPRISE', field: 'enterpriseId' });
    const malformed = await admin.graphql.error(MEMBERS, { enterpriseId: 'not-a-uuid' });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'enterpriseId' });
  });

  it('leaves out accounts that can no longer sign in', async () => {
    await api.sql(`UPDATE app_user SET disabled_at = now() WHERE id = $1`, [colleague.id]);
    const { enterpriseMembers } = await founder.graphql.data(MEMBERS);
    expect(enterpriseMembers.totalCount).toBe(1);
    expect(enterpriseMembers.edges.map((edge) => edge.node.id)).toEqual([founder.userId]);
  });
});

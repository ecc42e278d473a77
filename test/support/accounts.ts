import { AccountService, Role } from '@chainmatch/auth';
import { graphql } from '../gql/index.js';
import type { GraphQLClient } from './graphql-client.js';
import { validUscc } from './factories.js';
import type { TestApi } from './test-api.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let serial = 0;
const nextEmail = (prefix: string) => `${prefix}-${++serial}-${process.pid}@test.chainmatch.cn`;

export interface SignedInClient {
  graphql: GraphQLClient;
  userId: string;
  email: string;
  accessToken: string;
  refreshToken: string;
}

const LOGIN = graphql(`mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken user { id } } }`);

const SIGN_UP = graphql(`mutation SignUpMember($input: SignUpInput!) {
  signUp(input: $input) { accessToken refreshToken user { id enterpriseId } } }`);

const CREATE_ALLIANCE = graphql(`mutation CreateAlliance($input: CreateAllianceInput!) { createAlliance(input: $input) { id } }`);

/** Ends the caller's session; a mutation with nothing to choose, used wherever a test needs one that succeeds. */
export const LOGOUT = graphql(`mutation Logout { logout }`);

const CREATE_STAFF = graphql(`mutation CreateStaffAccount($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id } }`);

/** Signs in over HTTP and returns a client carrying the access token. */
export async function signIn(api: TestApi, email: string, password = TEST_PASSWORD): Promise<SignedInClient> {
  const { login } = await api.graphql.data(LOGIN, { email, password });
  return { graphql: api.graphql.withToken(login.accessToken), userId: login.user.id, email, accessToken: login.accessToken, refreshToken: login.refreshToken };
}

/** Admins are made by operators, not through the API: the test creates one the same way, then signs in. */
export async function signInAdmin(api: TestApi): Promise<SignedInClient> {
  const email = nextEmail('admin');
  await api.app.get(AccountService).createAccount({ email, password: TEST_PASSWORD, displayName: 'Test admin', role: Role.ADMIN });
  return signIn(api, email);
}

export interface EnterpriseOverrides {
  nameZh?: string;
  countyAdcode?: string;
  segmentIds?: string[];
  location?: { lat: number; lng: number };
}

export type Member = SignedInClient & { enterpriseId: string };

/** A member who signed up with a new enterprise (over HTTP, as a user would). */
export async function signUpMember(api: TestApi, overrides: EnterpriseOverrides = {}): Promise<Member> {
  const countyAdcode = overrides.countyAdcode ?? '320506'; // 苏州市吴中区
  const email = nextEmail('member');
  const { signUp } = await api.graphql.data(SIGN_UP, {
    input: {
      email, password: TEST_PASSWORD, displayName: '测试会员',
      enterprise: {
        nameZh: overrides.nameZh ?? `测试企业${++serial}有限公司`, uscc: validUscc(countyAdcode), countyAdcode, size: 'SMALL',
        segmentIds: overrides.segmentIds ?? ['ic.packaging'], ...(overrides.location && { location: overrides.location }),
      },
    },
  });
  const { id: userId, enterpriseId } = signUp.user;
  if (!enterpriseId) throw new Error(`signUp answered a user without an enterprise: ${JSON.stringify(signUp.user)}`);
  return {
    graphql: api.graphql.withToken(signUp.accessToken), userId, enterpriseId,
    email, accessToken: signUp.accessToken, refreshToken: signUp.refreshToken,
  };
}

/** Staff of a new alliance covering `chainIds` × `provinceAdcodes`, created by `admin`. */
export async function signInStaff(api: TestApi, admin: GraphQLClient, chainIds: string[], provinceAdcodes: string[]): Promise<SignedInClient> {
  const { createAlliance } = await admin.data(CREATE_ALLIANCE, {
    input: { nameZh: `测试联盟${++serial}`, chainIds, provinceAdcodes },
  });
  const email = nextEmail('staff');
  await admin.data(CREATE_STAFF, {
    input: { email, password: TEST_PASSWORD, displayName: '联盟工作人员', allianceId: createAlliance.id },
  });
  return signIn(api, email);
}

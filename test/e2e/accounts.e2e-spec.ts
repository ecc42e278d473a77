import { JwtService } from '@nestjs/jwt';
import { graphql } from '../gql/index.js';
import { LOGOUT, signIn, signUpMember, TEST_PASSWORD, type Member } from '../support/accounts.js';
import { validUscc } from '../support/factories.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const ME = graphql(`query Me { me { id role enterpriseId email } }`);
const SIGN_UP = graphql(`mutation SignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id enterpriseId role } } }`);
const LOGIN = graphql(`mutation LoginTokens($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken refreshToken } }`);
const REFRESH = graphql(`mutation RefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`);
const INVITE = graphql(`mutation CreateEnterpriseInvitation { createEnterpriseInvitation { code enterpriseId expiresAt } }`);
const PROVINCES = graphql(`query ProvinceCodes { provinces { adcode } }`);
const CONTACT_NAME = graphql(`query EnterpriseContactName($id: ID!) { enterprise(id: $id) { contact { name } } }`);
const SET_CONTACT = graphql(`mutation SetEnterpriseContact($id: ID!, $v: Int!) {
  updateEnterprise(id: $id, expectedVersion: $v, input: { contact: { name: "王经理", email: "wang@test.cn" } }) { id } }`);

describe('accounts and sessions over GraphQL', () => {
  let api: TestApi;
  let member: Member;
  const counts = async () => (await api.sql(`SELECT (SELECT count(*) FROM app_user)::int AS users, (SELECT count(*) FROM enterprise)::int AS enterprises`))[0];

  beforeAll(async () => {
    // An hour-long window: the throttling test must not straddle the edge of a window.
    api = await startTestApi({ env: { RATE_LIMIT_WINDOW_SECONDS: '3600' } });
    member = await signUpMember(api);
  });
  afterAll(() => api.close());

  it('signs a member up with a new enterprise and signs them in', async () => {
    const { me } = await member.graphql.data(ME);
    expect(me).toMatchObject({ id: member.userId, role: 'ENTERPRISE_MEMBER', enterpriseId: member.enterpriseId });
    const [row] = await api.sql(`SELECT password_hash FROM app_user WHERE id = $1`, [member.userId]);
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a taken email with CONFLICT and writes neither the user nor the enterprise', async () => {
    const before = await counts();
    const error = await api.graphql.error(SIGN_UP, { input: {
      email: member.email.toUpperCase(), password: TEST_PASSWORD, displayName: '重复',
      enterprise: { nameZh: '不应写入的企业', uscc: validUscc('320506'), countyAdcode: '320506', size: 'MICRO', segmentIds: ['ic.fab'] },
    } });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['neither an enterprise nor an invitation', {}, 'input'],
    ['a short password', { password: 'short', invitationCode: 'x'.repeat(30) }, 'input.password'],
    ['a malformed email', { email: 'not-an-email', invitationCode: 'x'.repeat(30) }, 'input.email'],
  ])('refuses %s with BAD_USER_INPUT', async (_name, change, field) => {
    const before = await counts();
    const error = await api.graphql.error(SIGN_UP, { input: { email: 'new@test.cn', password: TEST_PASSWORD, displayName: '新人', ...change } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('lets a colleague join by a single-use invitation', async () => {
    const { createEnterpriseInvitation: invitation } = await member.graphql.data(INVITE);
    expect(invitation.enterpriseId).toBe(member.enterpriseId);
    const input = { email: 'colleague@test.cn', password: TEST_PASSWORD, displayName: '同事', invitationCode: invitation.code };
    const { signUp } = await api.graphql.data(SIGN_UP, { input });
    expect(signUp.user).toMatchObject({ enterpriseId: member.enterpriseId, role: 'ENTERPRISE_MEMBER' });
    const reused = await api.graphql.error(SIGN_UP, { input: { ...input, email: 'second@test.cn' } });
    expect(reused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INVITATION', field: 'input.invitationCode' });
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const wrongPassword = await api.graphql.error(LOGIN, { email: member.email, password: 'wrong password!' });
    const unknownEmail = await api.graphql.error(LOGIN, { email: 'nobody@test.cn', password: 'wrong password!' });
    expect(wrongPassword.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(unknownEmail).toMatchObject({ message: wrongPassword.message, extensions: wrongPassword.extensions });
  });

  it('rotates refresh tokens and closes the session when a spent one is presented again', async () => {
    const session = await signIn(api, member.email);
    const { refreshSession: first } = await api.graphql.data(REFRESH, { token: session.refreshToken });
    expect(first.refreshToken).not.toBe(session.refreshToken);
    expect((await api.graphql.withToken(first.accessToken).data(ME)).me.id).toBe(member.userId);
    const replay = await api.graphql.error(REFRESH, { token: session.refreshToken });
    expect(replay.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REFRESH_TOKEN_REUSED' });
    const afterReplay = await api.graphql.withToken(first.accessToken).error(ME);
    expect(afterReplay.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    expect((await api.graphql.error(REFRESH, { token: first.refreshToken })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('only refuses a refresh token the session never issued: knowing its id does not end it (issue 8.13)', async () => {
    const session = await signIn(api, member.email);
    const sessionId = session.refreshToken.split('.')[0];
    for (const forged of [`${sessionId}.garbage`, `${sessionId}.${'A'.repeat(43)}`]) {
      expect((await api.graphql.error(REFRESH, { token: forged })).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_REFRESH_TOKEN' });
    }
    expect((await session.graphql.data(ME)).me.id).toBe(member.userId);
    const { refreshSession: second } = await api.graphql.data(REFRESH, { token: session.refreshToken });
    const { refreshSession: third } = await api.graphql.data(REFRESH, { token: second.refreshToken });
    // The first token, two rotations back, is still known as spent: its reuse closes the session.
    expect((await api.graphql.error(REFRESH, { token: session.refreshToken })).extensions).toMatchObject({ reason: 'REFRESH_TOKEN_REUSED' });
    expect((await api.graphql.withToken(third.accessToken).error(ME)).extensions).toMatchObject({ reason: 'SESSION_REVOKED' });
  });

  it('revokes the access and refresh tokens on logout, and only that session', async () => {
    const session = await signIn(api, member.email);
    expect((await session.graphql.data(LOGOUT)).logout).toBe(true);
    expect((await session.graphql.error(ME)).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    expect((await api.graphql.error(REFRESH, { token: session.refreshToken })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await member.graphql.data(ME)).me.id).toBe(member.userId);
  });

  it('refuses expired, tampered and malformed tokens, even on public operations', async () => {
    const claims = JSON.parse(Buffer.from(member.accessToken.split('.')[1], 'base64url').toString());
    const expired = await api.app.get(JwtService).signAsync({ sub: claims.sub, sid: claims.sid, exp: Math.floor(Date.now() / 1000) - 60 });
    expect((await api.graphql.withToken(expired).error(ME)).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    const [header, payload, signature] = member.accessToken.split('.');
    const forged = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
    for (const token of [`${header}.${forged}.${signature}`, `${header}.${payload}.${signature.slice(0, -2)}xx`, 'garbage']) {
      const error = await api.graphql.withToken(token).error(PROVINCES);
      expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' });
    }
  });

  it('asks anonymous callers to sign in for member operations', async () => {
    expect((await api.graphql.error(ME)).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SIGN_IN_REQUIRED' });
  });

  it('shows contacts to the enterprise\'s members only, not to the public or other members', async () => {
    await member.graphql.data(SET_CONTACT, { id: member.enterpriseId, v: 1 });
    expect((await member.graphql.data(CONTACT_NAME, { id: member.enterpriseId })).enterprise?.contact).toEqual({ name: '王经理' });
    expect((await api.graphql.data(CONTACT_NAME, { id: member.enterpriseId })).enterprise?.contact).toBeNull();
    const other = await signUpMember(api);
    expect((await other.graphql.data(CONTACT_NAME, { id: member.enterpriseId })).enterprise?.contact).toBeNull();
  });

  it('slows and then refuses repeated failed logins for an email, even with the right password', async () => {
    const victim = await signUpMember(api);
    const started = Date.now();
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await api.graphql.error(LOGIN, { email: victim.email, password: `guess ${attempt}!!` })).extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(Date.now() - started).toBeGreaterThan(1500);
    const limited = await api.graphql.error(LOGIN, { email: victim.email, password: TEST_PASSWORD });
    expect(limited.extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_LOGIN_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
  });
});

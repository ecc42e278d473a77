import { signInAdmin, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\uD800b';
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Issue 8 item 9: hostile values are BAD_USER_INPUT naming the field, refused at the edge, never INTERNAL_SERVER_ERROR. */
describe('hostile input is refused at the edge with the field path', () => {
  let api: TestApi;
  let admin: SignedInClient;
  let member: Member;
  let listingId: string;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signInAdmin(api);
    member = await signUpMember(api);
    listingId = (await createListing(member.graphql, listingInput(member.enterpriseId))).id;
  });
  afterAll(() => api.close());

  const expectRefused = (error: { extensions?: Record<string, unknown> }, field: string, reason?: string) =>
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(reason && { reason }) });

  describe('text no column can hold: NUL and lone surrogates', () => {
    it.each([
      ['a literal list item of a filter', '{ listings(filter: { chainIds: ["ic\\u0000"] }) { totalCount } }', undefined, 'filter.chainIds[0]'],
      ['a search text variable', 'query($t: String) { searchListings(input: { text: $t }) { totalCount } }', { t: NUL }, 't'],
      ['the login email', 'mutation($e: String!) { login(email: $e, password: "whatever-password") { accessToken } }', { e: `x${NUL}@y.cn` }, 'e'],
      ['a lone surrogate in the login email', 'mutation($e: String!) { login(email: $e, password: "whatever-password") { accessToken } }', { e: `x${LONE_SURROGATE}@y.cn` }, 'e'],
    ])('refuses it in %s', async (_where, query, variables, field) => {
      const response = await api.graphql.request(query, variables);
      expect(response.status).toBe(400);
      expectRefused(response.errors![0], field, 'UNSAFE_TEXT');
    });

    it('writes nothing of a listing whose spec attribute holds a lone surrogate or whose title holds NUL', async () => {
      const create = `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`;
      const [before] = await api.sql(`SELECT count(*)::int AS n FROM listing`);
      const surrogate = listingInput(member.enterpriseId, { attributes: [{ name: '材质', value: LONE_SURROGATE }] });
      expectRefused(await member.graphql.error(create, { input: surrogate }), 'input.attributes[0].value', 'UNSAFE_TEXT');
      expectRefused(await member.graphql.error(create, { input: listingInput(member.enterpriseId, { title: `封装${NUL}测试服务` }) }), 'input.title');
      expect((await api.sql(`SELECT count(*)::int AS n FROM listing`))[0]).toEqual(before);
    });
  });

  describe('DateTime values naming no instant', () => {
    const AUDIT = 'query($from: DateTime) { auditLog(filter: { from: $from }) { totalCount } }';

    it.each([['now'], ['2026-13-45T00:00:00Z'], [1e20], ['-271821-04-19T00:00:00Z'], ['2026-02-30T00:00:00Z'], ['2026-03-01']])(
      'refuses %p as a variable, naming the variable', async (value) => {
        expectRefused(await admin.graphql.error(AUDIT, { from: value }), 'from');
      },
    );

    it('refuses them as literals, naming the argument path, in filters and inputs', async () => {
      expectRefused(await admin.graphql.error('{ auditLog(filter: { from: "now" }) { totalCount } }'), 'filter.from', 'INVALID_DATE_TIME');
      expectRefused(await admin.graphql.error('{ curationQueue(filter: { createdAfter: 1e20 }) { totalCount } }'), 'filter.createdAfter', 'INVALID_DATE_TIME');
      const renew = `mutation { renewListing(id: "${listingId}", expectedVersion: 1, validUntil: "2026-13-45T00:00:00Z") { id } }`;
      expectRefused(await member.graphql.error(renew), 'validUntil', 'INVALID_DATE_TIME');
    });

    it('accepts an RFC 3339 date-time with any offset', async () => {
      const { auditLog } = await admin.graphql.data(AUDIT, { from: '2026-03-01T16:00:00+08:00' });
      expect(auditLog.totalCount).toEqual(expect.any(Number));
    });
  });

  describe('forged keyset cursors', () => {
    it.each([
      ['a 19-digit bigint id past PostgreSQL\'s bigint', ['2026-01-01T00:00:00.000Z', '9999999999999999999']],
      ['a date out of PostgreSQL\'s range', ['-271821-04-19T00:00:00.000Z', '12']],
      ['an impossible date', ['2026-13-45T00:00:00.000Z', '12']],
    ])('refuses %s on `after`', async (_what, position) => {
      expectRefused(await admin.graphql.error('query($after: String) { auditLog(after: $after) { totalCount } }', { after: cursorOf(position) }), 'after', 'INVALID_CURSOR');
    });
  });

  it('refuses a login email longer than any account\'s before looking it up', async () => {
    const email = `${'x'.repeat(3000)}@y.cn`;
    // Counters are keyed by the SHA-256 of their key: the email's and the address's login counters.
    const loginHits = async () => (await api.sql(
      `SELECT coalesce(sum(hits), 0)::int AS n FROM rate_limit_counter WHERE key_hash IN (sha256(convert_to($1, 'UTF8')), sha256(convert_to($2, 'UTF8')))`,
      [`login-failure:email:${email}`, 'login-failure:ip:127.0.0.1'],
    ))[0].n as number;
    const before = await loginHits();
    const error = await api.graphql.error('mutation($e: String!) { login(email: $e, password: "whatever-password") { accessToken } }', { e: email });
    expectRefused(error, 'email');
    expect(await loginHits()).toBe(before);
  });

  describe('malformed persisted-query extensions', () => {
    const post = (body: unknown) => fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    it.each([
      [{ query: '{ chains { id } }', extensions: { persistedQuery: 'x' } }, 'extensions.persistedQuery'],
      [{ query: '{ chains { id } }', extensions: { persistedQuery: [1] } }, 'extensions.persistedQuery'],
      [{ query: '{ chains { id } }', extensions: { persistedQuery: { version: '1' } } }, 'extensions.persistedQuery.version'],
      [{ extensions: { persistedQuery: { version: 1, sha256Hash: 5 } } }, 'extensions.persistedQuery.sha256Hash'],
      [{ query: '{ chains { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: null } } }, 'extensions.persistedQuery.sha256Hash'],
    ])('refuses %j with 400 naming the part at fault', async (body, field) => {
      const response = await post(body);
      expect(response.status).toBe(400);
      const { errors } = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
      expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason: 'INVALID_PERSISTED_QUERY' });
    });

    it('refuses them on GET too, and answers a hash that does not match its query as a bad request', async () => {
      const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: 5 } }));
      const get = await fetch(`${api.baseUrl}/graphql?extensions=${extensions}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(get.status).toBe(400);
      const mismatch = await post({ query: '{ chains { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } });
      expect(mismatch.status).toBe(400);
      expect(((await mismatch.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });
});

import { request } from 'node:http';
import pg from 'pg';
import { signUpMember, type Member } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { waitForLockWaiters, waitUntil } from '../support/wait.js';

const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateListingInput!) { updateListing(id: $id, expectedVersion: $v, input: $input) { version } }`;

/**
 * The mutation under test waits for a row lock the test holds in a session of its own, so it can
 * end only by its deadline or its client leaving; the test releases the lock only afterwards, and
 * then checks that nothing was written.
 */
describe('a request\'s database work stops at its deadline, or when its client goes', () => {
  let api: TestApi;
  let member: Member;
  let session: pg.Client;
  const stored = async (id: string) => (await api.sql(`SELECT title, version FROM listing WHERE id = $1`, [id]))[0];
  const lockRow = async (id: string) => {
    await session.query(`BEGIN`);
    await session.query(`SELECT 1 FROM listing WHERE id = $1 FOR UPDATE`, [id]);
  };

  beforeAll(async () => {
    api = await startTestApi({ env: { REQUEST_TIMEOUT_MS: '1500', MUTATIONS_MAX: '1000', MATCH_WORKER_IN_PROCESS: 'false' } });
    member = await signUpMember(api);
    session = await api.session();
  });
  afterAll(() => api.close());

  it('cancels the statement at the deadline: HTTP 503 REQUEST_TIMEOUT, the transaction rolled back', async () => {
    const listing = await createListing(member.graphql, listingInput(member.enterpriseId));
    const before = await stored(listing.id);
    await lockRow(listing.id);
    try {
      const response = await member.graphql.request(UPDATE, { id: listing.id, v: 1, input: { title: '超过期限的修改' } });
      expect(response.errors?.[0].extensions).toEqual({ code: 'REQUEST_TIMEOUT', reason: 'DEADLINE_EXCEEDED', retryAfterSeconds: 1 });
      expect(response.data ?? null).toBeNull();
    } finally {
      await session.query(`ROLLBACK`);
    }
    expect(await stored(listing.id)).toEqual(before);
    const [audited] = await api.sql(`SELECT action, outcome FROM audit_log ORDER BY id DESC LIMIT 1`);
    expect(audited).toEqual({ action: 'updateListing', outcome: 'REQUEST_TIMEOUT' });
  });

  it('answers the deadline with HTTP 503 and Retry-After', async () => {
    const listing = await createListing(member.graphql, listingInput(member.enterpriseId));
    await lockRow(listing.id);
    try {
      const response = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member.accessToken}` },
        body: JSON.stringify({ query: UPDATE, variables: { id: listing.id, v: 1, input: { title: '又一次超时' } } }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('1');
    } finally {
      await session.query(`ROLLBACK`);
    }
  });

  it('cancels the statement of a request whose client hung up, and commits nothing once the lock is free', async () => {
    const listing = await createListing(member.graphql, listingInput(member.enterpriseId));
    const before = await stored(listing.id);
    await lockRow(listing.id);
    try {
      const body = JSON.stringify({ query: UPDATE, variables: { id: listing.id, v: 1, input: { title: '客户端已离开的修改' } } });
      const abandoned = request(`${api.baseUrl}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member.accessToken}` },
      });
      abandoned.on('error', () => undefined);
      abandoned.end(body);
      await waitForLockWaiters(api, 1); // the update waits for the row
      abandoned.destroy(); // the client gives up, well before the deadline
      await waitUntil(async () => (await api.sql(`SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`))[0].n === 0, 'the waiting update cancelled', 1000);
    } finally {
      await session.query(`ROLLBACK`);
    }
    expect(await stored(listing.id)).toEqual(before);
  });
});

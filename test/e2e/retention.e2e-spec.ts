import { deleteInBatches } from '@chainmatch/database';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { BackgroundLoops } from '../../apps/api/src/background/background-loops.service.js';
import { LOGOUT, signIn, signUpMember } from '../support/accounts.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const ME = `{ me { id } }`;

describe('retention: the sweepers keep audit_log, auth_session and rate_limit_counter bounded', () => {
  let api: TestApi;
  /** Waits for a pass of the loop that starts after the call: whatever the test wrote before is seen by it. */
  const nextPassOf = (loop: string) => api.app.get(BackgroundLoops).runner(loop).nextPass();

  beforeAll(async () => {
    api = await startTestApi({ env: { AUDIT_LOG_RETENTION_DAYS: '30', SESSION_RETENTION_DAYS: '7', RETENTION_SWEEP_MS: '1000' } });
  });
  afterAll(() => api.close());

  it('deletes audit entries older than AUDIT_LOG_RETENTION_DAYS on the audit-retention loop, and keeps the rest', async () => {
    await api.sql(`INSERT INTO audit_log (at, action, outcome) VALUES
      (now() - interval '31 days', 'test:old', 'OK'), (now() - interval '29 days', 'test:recent', 'OK'), (now(), 'test:now', 'OK')`);
    await nextPassOf('audit-retention');
    const kept = await api.sql(`SELECT action FROM audit_log WHERE action LIKE 'test:%' ORDER BY at`);
    expect(kept.map((row) => row.action)).toEqual(['test:recent', 'test:now']);
  });

  it('deletes sessions that ended (expired or revoked) more than SESSION_RETENTION_DAYS ago; open sessions keep working', async () => {
    const member = await signUpMember(api);
    const ended = await api.sql<{ label: string }>(`INSERT INTO auth_session (user_id, refresh_token_hash, expires_at, revoked_at)
      SELECT $1, repeat('0', 64), expires_at, revoked_at FROM (VALUES
        (now() - interval '8 days', NULL::timestamptz),
        (now() + interval '20 days', now() - interval '8 days'),
        (now() - interval '6 days', NULL),
        (now() + interval '20 days', now() - interval '1 hour')) AS s(expires_at, revoked_at)
      RETURNING CASE WHEN expires_at < now() - interval '7 days' OR revoked_at < now() - interval '7 days' THEN 'stale' ELSE 'kept' END AS label`,
    [member.userId]);
    expect(ended.map((row) => row.label).sort()).toEqual(['kept', 'kept', 'stale', 'stale']);
    // Each session has spent a refresh token (kept to recognise a leaked one's reuse): they go with their session.
    await api.sql(`INSERT INTO auth_session_spent_token (session_id, token_hash) SELECT id, repeat('1', 64) FROM auth_session WHERE user_id = $1`,
      [member.userId]);
    await nextPassOf('session-retention');
    const left = await api.sql(`SELECT count(*)::int AS n FROM auth_session WHERE user_id = $1`, [member.userId]);
    expect(left[0].n).toBe(3); // the open one and the two that ended within the week
    expect((await api.sql(`SELECT count(*)::int AS n FROM auth_session_spent_token WHERE token_hash = repeat('1', 64)`))[0].n).toBe(3);
    expect((await member.graphql.data(ME)).me.id).toBe(member.userId);
  });

  it('refuses an access token whose session was swept, as it refuses a revoked one', async () => {
    const member = await signUpMember(api);
    const second = await signIn(api, member.email);
    await second.graphql.data(LOGOUT);
    await api.sql(`UPDATE auth_session SET revoked_at = now() - interval '8 days' WHERE revoked_at IS NOT NULL AND user_id = $1`, [member.userId]);
    await nextPassOf('session-retention');
    expect((await second.graphql.error(ME)).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' });
    expect((await member.graphql.data(ME)).me.id).toBe(member.userId);
  });

  it('purges rate-limit windows older than a day on the rate-limit-purge loop', async () => {
    const hash = (key: string) => createHash('sha256').update(key).digest();
    await api.sql(`INSERT INTO rate_limit_counter (key_hash, window_start, hits) VALUES ($1, now() - interval '25 hours', 9), ($2, now(), 1)`,
      [hash('test:stale'), hash('test:current')]);
    await nextPassOf('rate-limit-purge');
    const left = await api.sql(`SELECT key_hash FROM rate_limit_counter WHERE key_hash IN ($1, $2)`, [hash('test:stale'), hash('test:current')]);
    expect(left.map((row) => row.key_hash)).toEqual([hash('test:current')]);
  });

  it('deletes in batches that commit one by one, until a batch comes back short', async () => {
    // Rows inside the retention period, so the API's own sweeper (running on its timer) cannot take any of them.
    await api.sql(`INSERT INTO audit_log (at, action, outcome) SELECT now(), 'test:batch', 'OK' FROM generate_series(1, 12)`);
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const deleted = await deleteInBatches(dataSource,
      `DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE action = $2 LIMIT $1)`, ['test:batch'], 5);
    expect(deleted).toBe(12);
    expect(await api.sql(`SELECT 1 FROM audit_log WHERE action = 'test:batch'`)).toEqual([]);
  });
});

import { Writable } from 'node:stream';
import { createLogger } from '../../apps/api/src/logger.js';
import { signUpMember } from '../support/accounts.js';
import { connectLive, LiveSubscription } from '../support/subscriptions.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const TYPO_QUERY = '{ chainz { id } }';
const TYPO_ENUM = 'query($size: EnterpriseSize) { enterprises(filter: { size: $size }) { totalCount } }';
const TYPO_SUBSCRIPTION = 'subscription { interestRecieved { interestId } }';

/** Log lines written by one API, parsed. */
class CollectedLog extends Writable {
  readonly lines: Record<string, any>[] = [];

  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, any>));
    done();
  }
}

async function suggestionsOf(api: TestApi): Promise<string[]> {
  const messages = [
    (await api.graphql.request(TYPO_QUERY)).errors![0].message,
    (await api.graphql.request(TYPO_ENUM, { size: 'LARG' })).errors![0].message,
  ];
  const client = connectLive(api.baseUrl);
  try {
    messages.push(JSON.stringify(await new LiveSubscription(client, TYPO_SUBSCRIPTION).failed()));
  } finally {
    await client.dispose();
  }
  return messages;
}

/** Issue 8 item 14: what production reveals, sends and logs. */
describe('the production edge', () => {
  let production: TestApi;
  let development: TestApi;
  const log = new CollectedLog();

  beforeAll(async () => {
    const env = { NODE_ENV: 'production', JWT_SECRET: 'a-production-secret-of-at-least-32-chars', DEMO_DATA: 'false' };
    // Nest's Logger delegates to the logger of the application created last (a process-wide setting):
    // production's, whose lines are checked, must be that one.
    development = await startTestApi();
    production = await startTestApi({ env, logger: createLogger({ LOG_LEVEL: 'info', LOG_PRETTY: false, NODE_ENV: 'production' }, log) });
  }, 60_000); // two APIs, each on a database of its own
  afterAll(async () => {
    await production?.close();
    await development?.close();
  });

  it('never answers "Did you mean …" in production, over HTTP or WebSocket (development still helps)', async () => {
    const hidden = await suggestionsOf(production);
    expect(hidden).toHaveLength(3);
    for (const message of hidden) expect(message).not.toMatch(/Did you mean/);
    expect(hidden[0]).toContain('Cannot query field "chainz"');
    expect((await suggestionsOf(development)).filter((message) => /Did you mean/.test(message))).toHaveLength(3);
  });

  it('keeps introspection off in production, but for whether a type name exists', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Listing") { fields { name } } }', '{ __type(name: "Listing") { ...on __Type { name } } }']) {
      expect((await production.graphql.request(query)).errors?.[0].message).toMatch(/introspection is not allowed/);
    }
    expect(await production.graphql.data('{ a: __type(name: "Listing") { name } b: __type(name: "Nothing") { name } }')).toEqual({ a: { name: 'Listing' }, b: null });
    expect((await development.graphql.data('{ __type(name: "Listing") { fields { name } } }')).__type.fields.length).toBeGreaterThan(10);
  });

  it('sends no X-Powered-By and, in production, no stack traces', async () => {
    for (const api of [production, development]) {
      const response = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: TYPO_QUERY }) });
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
    const refused = await production.graphql.request(TYPO_QUERY);
    expect(refused.errors![0].extensions).not.toHaveProperty('stacktrace');
  });

  it('logs an unexpected failure once, with the Authorization and Cookie headers redacted', async () => {
    const member = await signUpMember(production);
    const secretCookie = 'session=do-not-log-me';
    await production.sql('ALTER TABLE listing RENAME TO listing_away'); // an outage of one table: a failure nobody expected
    try {
      const response = await fetch(`${production.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${member.accessToken}`, cookie: secretCookie },
        body: JSON.stringify({ query: '{ listings(first: 1) { totalCount } }' }),
      });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]).toEqual(expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }));
    } finally {
      await production.sql('ALTER TABLE listing_away RENAME TO listing');
    }
    // Background loops may trip over the missing table too; they log without a request.
    const failures = log.lines.filter((line) => line.level >= 50 && line.req);
    expect(failures).toHaveLength(1);
    expect(failures[0].req.headers).toMatchObject({ authorization: '[redacted]', cookie: '[redacted]' });
    const written = JSON.stringify(log.lines);
    expect(written).not.toContain(member.accessToken);
    expect(written).not.toContain('do-not-log-me');
  });
});

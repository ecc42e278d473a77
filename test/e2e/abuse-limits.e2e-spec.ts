import { fixedWindow, MutationRateLimit, RateLimiter, Role, type AuthUser } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  isEnumType, isInputObjectType, isListType, isNonNullType, Kind, parse, typeFromAST,
  type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { API_FIELD_COSTS } from '../../apps/api/src/graphql/query-limits/field-costs.js';
import { measureOperation } from '../../apps/api/src/graphql/query-limits/measure-operation.js';
import { signUpMember } from '../support/accounts.js';
import { createListing, listingInput, validUscc } from '../support/factories.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const MUTATIONS_MAX = 5;
// An hour, so that a run crossing a window boundary is rare; awayFromWindowEdge makes it impossible.
const WINDOW_SECONDS = 3600;

const DEEP_QUERY = `{ chains { segments { upstream { downstream { upstream { downstream {
  upstream { downstream { upstream { downstream { id } } } } } } } } } } }`; // 11 deep
const WIDE_QUERY = `{ ${['a', 'b', 'c'].map((alias) => `${alias}: listings(first: 100) { totalCount edges { cursor node {
  id title kind status version segment { id nameZh } chain { id } city { nameZh }
  enterprise { id nameZh segments { id nameZh chain { id nameZh } } } } } }`).join('\n')} }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`;

/** A counter's key as the table holds it. */
const hashOf = (key: string) => createHash('sha256').update(key).digest();
/** The key under which mutations from this test's client are counted (IPv4, or IPv4 mapped into IPv6). */
const ipKeyOf = (hash: Buffer) => ['mutation:ip:127.0.0.1', 'mutation:ip:::ffff:127.0.0.1'].find((key) => hashOf(key).equals(hash));

/** Waits out the last seconds of a rate-limit window, so counts made by a test fall in one window. */
async function awayFromWindowEdge(): Promise<void> {
  const { retryAfterSeconds } = fixedWindow(Date.now(), WINDOW_SECONDS);
  if (retryAfterSeconds < 15) await sleep(retryAfterSeconds * 1000 + 200);
}

/** A value of `type` that coerces: just enough for the operation to be measured as it would run. */
function sampleValue(type: GraphQLInputType, maxPageSize: number, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, maxPageSize, name);
  if (isListType(type)) return [sampleValue(type.ofType, maxPageSize, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, sampleValue(field.type, maxPageSize, field.name)]));
  }
  if (name === 'first') return maxPageSize; // the largest page anyone may ask for
  return ({ Int: 1, Float: 1, Boolean: true, DateTime: new Date().toISOString() } as Record<string, unknown>)[type.name] ?? 'x';
}

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, maxPageSize: number): Record<string, unknown> {
  return Object.fromEntries((operation.variableDefinitions ?? []).map((definition) => {
    const name = definition.variable.name.value;
    return [name, sampleValue(typeFromAST(schema, definition.type as never) as GraphQLInputType, maxPageSize, name)];
  }));
}

const staffUser = (userId: string): AuthUser => ({
  userId, role: Role.ALLIANCE_STAFF, sessionId: randomUUID(), enterpriseId: null, allianceId: randomUUID(), coverage: { chainIds: ['ic'], provinceAdcodes: ['320000'] },
});

describe('abuse limits', () => {
  let api: TestApi;
  let config: AppConfig;

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATIONS_MAX: String(MUTATIONS_MAX), RATE_LIMIT_WINDOW_SECONDS: String(WINDOW_SECONDS) } });
    config = api.app.get(AppConfig);
  });
  afterAll(() => api.close());
  beforeEach(() => api.sql(`DELETE FROM rate_limit_counter`));

  describe('query depth and complexity', () => {
    it('refuses an operation nested deeper than GRAPHQL_MAX_DEPTH before running it', async () => {
      const response = await api.graphql.request(DEEP_QUERY);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'QUERY_TOO_DEEP', depth: 11, maxDepth: config.get('GRAPHQL_MAX_DEPTH') } })]);
    });

    it('refuses an operation costlier than GRAPHQL_MAX_COMPLEXITY before running it', async () => {
      const response = await api.graphql.request(WIDE_QUERY);
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      const extensions = response.errors?.[0].extensions;
      expect(extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', complexity: expect.any(Number), maxComplexity: config.get('GRAPHQL_MAX_COMPLEXITY') });
      expect(extensions?.complexity).toBeGreaterThan(config.get('GRAPHQL_MAX_COMPLEXITY'));
      // One of the three lists alone is a fair request.
      expect((await api.graphql.request(WIDE_QUERY.replace(/b: listings[\s\S]*$/, '}'))).errors).toBeUndefined();
    });

    it('runs nothing of a refused mutation: no resolver, no rate-limit count, no write', async () => {
      const member = await signUpMember(api);
      const { id } = await createListing(member.graphql, listingInput(member.enterpriseId));
      const [before] = await api.sql(`SELECT coalesce(sum(hits), 0)::int AS hits FROM rate_limit_counter`);
      const nested = 'segment { upstream { downstream { upstream { downstream { upstream { downstream { upstream { downstream { id } } } } } } } } }';
      const refused = await member.graphql.request(`mutation { publishListing(id: "${id}", expectedVersion: 1) { ${nested} } }`);
      expect(refused.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
      expect(await api.sql(`SELECT status, version FROM listing WHERE id = $1`, [id])).toEqual([{ status: 'DRAFT', version: 1 }]);
      expect((await api.sql(`SELECT coalesce(sum(hits), 0)::int AS hits FROM rate_limit_counter`))[0]).toEqual(before);
      // The same change, asked for plainly, goes through: the depth was the only obstacle.
      const published = await member.graphql.data(`mutation { publishListing(id: "${id}", expectedVersion: 1) { status } }`);
      expect(published.publishListing.status).toBe('ACTIVE');
    });

    it('lets every example operation in schema/operations through, with pages at the cap', async () => {
      const { schema } = api.app.get(GraphQLSchemaHost);
      const pages = { defaultPageSize: 20, maxPageSize: config.get('PAGE_SIZE_MAX'), fields: API_FIELD_COSTS };
      const measured: { operation: string; depth: number; complexity?: number }[] = [];
      for (const file of (await readdir('schema/operations')).filter((name) => name.endsWith('.graphql'))) {
        const document = parse(await readFile(path.join('schema/operations', file), 'utf8'));
        for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
          const variables = sampleVariables(schema, operation, pages.maxPageSize);
          measured.push({ operation: `${file}#${operation.name?.value}`, ...measureOperation(schema, document, operation, variables, pages) });
        }
      }
      expect(measured.length).toBeGreaterThan(10);
      for (const { operation, depth, complexity } of measured) {
        expect({ operation, depth, withinDepth: depth <= config.get('GRAPHQL_MAX_DEPTH') }).toEqual({ operation, depth, withinDepth: true });
        // Measured, not skipped: the sampled variables must fit the operation.
        expect({ operation, complexity: typeof complexity }).toEqual({ operation, complexity: 'number' });
        expect({ operation, complexity, within: complexity! <= config.get('GRAPHQL_MAX_COMPLEXITY') }).toEqual({ operation, complexity, within: true });
      }
    });

    it('lets the landing page\'s introspection query through', async () => {
      const { getIntrospectionQuery } = await import('graphql');
      const response = await api.graphql.request(getIntrospectionQuery());
      expect(response.errors).toBeUndefined();
      expect(response.data).toHaveProperty('__schema');
    });
  });

  describe('request body size', () => {
    const post = (body: string) => fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

    it('answers a body over 256 kB with 413 and a GraphQL-style PAYLOAD_TOO_LARGE error', async () => {
      const response = await post(JSON.stringify({ query: '{ chains { id } }', variables: { padding: 'x'.repeat(300_000) } }));
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(await response.json()).toEqual({
        errors: [{ message: expect.stringContaining('262144'), extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: 262_144 } }],
      });
    });

    it('accepts a body just under the limit', async () => {
      const response = await post(JSON.stringify({ query: '{ chains { id } }', variables: { padding: 'x'.repeat(250_000) } }));
      expect(response.status).toBe(200);
      const body = (await response.json()) as { data: { chains: unknown[] } };
      expect(body.data.chains.length).toBeGreaterThan(0);
    });
  });

  describe('mutation rate limit', () => {
    const signUpInput = () => ({
      input: {
        email: `limit-${randomUUID()}@test.chainmatch.cn`, password: 'correct horse battery staple', displayName: '限流测试',
        enterprise: { nameZh: '限流测试有限公司', uscc: validUscc('320506'), countyAdcode: '320506', size: 'SMALL', segmentIds: ['ic.packaging'] },
      },
    });

    it('refuses mutations over MUTATIONS_MAX per IP with RATE_LIMITED and writes nothing', async () => {
      await awayFromWindowEdge();
      // Refused ones count too: each root mutation of a valid operation is one.
      for (let i = 0; i < MUTATIONS_MAX; i += 1) {
        const error = await api.graphql.error(`mutation { refreshSession(refreshToken: "not-a-refresh-token") { accessToken } }`);
        expect(error.extensions?.code).not.toBe('RATE_LIMITED');
      }
      const [users] = await api.sql(`SELECT count(*)::int AS n FROM app_user`);
      const variables = signUpInput();
      const refused = await api.graphql.request(SIGN_UP, variables);
      expect(refused.status).toBe(429);
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'TOO_MANY_MUTATIONS', retryAfterSeconds: expect.any(Number) });
      const retryAfter = refused.errors![0].extensions!.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(WINDOW_SECONDS);
      expect((await api.sql(`SELECT count(*)::int AS n FROM app_user`))[0]).toEqual(users);
      expect(await api.sql(`SELECT 1 FROM enterprise WHERE uscc = $1`, [variables.input.enterprise.uscc])).toEqual([]);

      const counters = await api.sql(`SELECT key_hash, hits FROM rate_limit_counter`);
      expect(counters).toEqual([{ key_hash: expect.any(Buffer), hits: MUTATIONS_MAX + 1 }]);
      const ipKey = ipKeyOf(counters[0].key_hash);
      expect(ipKey).toBeDefined();
      const [audited] = await api.sql(`SELECT action, outcome, reason FROM audit_log ORDER BY id DESC LIMIT 1`);
      expect(audited).toEqual({ action: 'signUp', outcome: 'RATE_LIMITED', reason: 'TOO_MANY_MUTATIONS' });

      // The limit was all that stopped it: with the count forgotten, the same sign-up succeeds.
      await api.app.get(RateLimiter).reset(ipKey!);
      await api.graphql.data(SIGN_UP, variables);
      expect(await api.sql(`SELECT 1 FROM enterprise WHERE uscc = $1`, [variables.input.enterprise.uscc])).toHaveLength(1);
    });

    it('counts every root mutation of an operation, aliases included, and refuses the excess before any runs', async () => {
      await awayFromWindowEdge();
      const aliased = (times: number, field: string) => `mutation { ${Array.from({ length: times }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
      const refresh = 'refreshSession(refreshToken: "not-a-refresh-token") { accessToken }';
      const [auditBefore] = await api.sql(`SELECT count(*)::int AS n FROM audit_log`);

      // A thousand at once: more than a window allows, refused outright, nothing counted, one audit entry.
      const flood = await fetch(`${api.baseUrl}/graphql`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: aliased(1000, refresh) }),
      });
      expect(flood.status).toBe(429);
      expect(Number(flood.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await flood.json()) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
      expect(body.data).toBeUndefined();
      expect(body.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED', reason: 'TOO_MANY_MUTATIONS' }) })]);
      expect(await api.sql(`SELECT * FROM rate_limit_counter`)).toEqual([]);
      expect(await api.sql(`SELECT action, outcome FROM audit_log ORDER BY id OFFSET $1`, [auditBefore.n])).toEqual([{ action: 'refreshSession', outcome: 'RATE_LIMITED' }]);

      // Three aliases count three; the next three would pass the limit, so none of them runs.
      expect((await api.graphql.request(aliased(3, refresh))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(await api.sql(`SELECT hits FROM rate_limit_counter`)).toEqual([{ hits: 3 }]);
      const [users] = await api.sql(`SELECT count(*)::int AS n FROM app_user`);
      const signUps = [signUpInput(), signUpInput(), signUpInput()];
      const three = await api.graphql.request(
        `mutation($a: SignUpInput!, $b: SignUpInput!, $c: SignUpInput!) { a: signUp(input: $a) { user { id } } b: signUp(input: $b) { user { id } } c: signUp(input: $c) { user { id } } }`,
        { a: signUps[0].input, b: signUps[1].input, c: signUps[2].input },
      );
      expect(three.status).toBe(429);
      expect(three.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
      expect((await api.sql(`SELECT count(*)::int AS n FROM app_user`))[0]).toEqual(users);
    });

    it('counts a signed-in caller under their user as well: the AccessGuard has set req.user by then', async () => {
      await awayFromWindowEdge();
      const member = await signUpMember(api);
      await member.graphql.data(`mutation { logout }`);
      const counters = await api.sql(`SELECT key_hash, hits FROM rate_limit_counter ORDER BY hits DESC`);
      expect(counters).toEqual([{ key_hash: expect.any(Buffer), hits: 2 }, { key_hash: hashOf(`mutation:user:${member.userId}`), hits: 1 }]);
      expect(ipKeyOf(counters[0].key_hash)).toBeDefined();
    });

    it('does not count queries', async () => {
      for (let i = 0; i < MUTATIONS_MAX + 2; i += 1) await api.graphql.data(`{ chains { id } }`);
      expect(await api.sql(`SELECT * FROM rate_limit_counter`)).toEqual([]);
    });

    it('counts a signed-in caller per user across addresses, and an address across users', async () => {
      await awayFromWindowEdge();
      const guard = api.app.get(MutationRateLimit);
      const roaming = staffUser(randomUUID());
      for (let i = 1; i <= MUTATIONS_MAX; i += 1) await guard.admit(`10.0.0.${i}`, roaming);
      await expect(guard.admit('10.0.0.99', roaming)).rejects.toMatchObject({
        code: 'RATE_LIMITED', details: expect.objectContaining({ reason: 'TOO_MANY_MUTATIONS', retryAfterSeconds: expect.any(Number) }),
      });
      await expect(guard.admit('10.0.0.98', staffUser(randomUUID()))).resolves.toBeUndefined();

      for (let i = 0; i < MUTATIONS_MAX; i += 1) await guard.admit('10.9.9.9', staffUser(randomUUID()));
      await expect(guard.admit('10.9.9.9', staffUser(randomUUID()))).rejects.toMatchObject({ code: 'RATE_LIMITED' });
      await expect(guard.admit('10.9.9.9', undefined)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    });
  });

  describe('the rate limiter', () => {
    it('counts atomically under concurrency, peeks without counting and resets', async () => {
      await awayFromWindowEdge();
      const limiter = api.app.get(RateLimiter);
      const key = `test:${randomUUID()}`;
      const results = await Promise.all(Array.from({ length: 20 }, () => limiter.hit(key, 15, WINDOW_SECONDS)));
      expect(results.map((r) => r.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      expect(results.filter((r) => r.allowed)).toHaveLength(15);
      expect(results.every((r) => r.retryAfterSeconds >= 1 && r.retryAfterSeconds <= WINDOW_SECONDS)).toBe(true);
      expect((await limiter.peek(key, WINDOW_SECONDS)).hits).toBe(20);
      expect((await limiter.peek(key, WINDOW_SECONDS)).hits).toBe(20);
      await limiter.reset(key);
      expect((await limiter.peek(key, WINDOW_SECONDS)).hits).toBe(0);
      expect(await limiter.hit(key, 15, WINDOW_SECONDS)).toMatchObject({ allowed: true, hits: 1 });
    });

    it('takes at most the limit under concurrency, counting nothing it refuses, and gives a hit back', async () => {
      await awayFromWindowEdge();
      const limiter = api.app.get(RateLimiter);
      const key = `test:${randomUUID()}`;
      const results = await Promise.all(Array.from({ length: 20 }, () => limiter.take(key, 15, WINDOW_SECONDS)));
      expect(results.filter((r) => r.allowed).map((r) => r.hits).sort((a, b) => a - b)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      expect((await limiter.peek(key, WINDOW_SECONDS)).hits).toBe(15);
      await limiter.release(key, WINDOW_SECONDS);
      expect(await limiter.take(key, 15, WINDOW_SECONDS)).toMatchObject({ allowed: true, hits: 15 });
    });

    it('purges windows that started over a day ago and keeps the rest', async () => {
      await api.sql(`INSERT INTO rate_limit_counter (key_hash, window_start, hits) VALUES ($1, now() - interval '25 hours', 3),
        ($2, now() - interval '23 hours', 3), ($3, now(), 1)`, [hashOf('test:old'), hashOf('test:recent'), hashOf('test:current')]);
      expect(await api.app.get(RateLimiter).purgeExpired()).toBe(1);
      expect((await api.sql(`SELECT key_hash FROM rate_limit_counter ORDER BY window_start`)).map((r) => r.key_hash))
        .toEqual([hashOf('test:recent'), hashOf('test:current')]);
    });

    it('stores a SHA-256 of each key, so a 100 kB email costs 32 bytes and is not kept in clear', async () => {
      await awayFromWindowEdge();
      const limiter = api.app.get(RateLimiter);
      const key = `login-failure:email:${'x'.repeat(100_000)}@example.com`;
      // Logins take (and give back) their attempts; mutations hit: every way of counting keys by the hash.
      await limiter.take(key, 5, WINDOW_SECONDS);
      await limiter.take(key, 5, WINDOW_SECONDS);
      await limiter.release(key, WINDOW_SECONDS);
      expect((await limiter.hit(key, 5, WINDOW_SECONDS)).hits).toBe(2);
      expect(await api.sql(`SELECT octet_length(key_hash) AS bytes, hits FROM rate_limit_counter`)).toEqual([{ bytes: 32, hits: 2 }]);
      expect(await api.sql(`SELECT 1 FROM rate_limit_counter WHERE position('example.com' IN encode(key_hash, 'escape')) > 0`)).toEqual([]);
    });
  });
});

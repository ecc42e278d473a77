import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { GraphQLObjectType } from 'graphql';
import { signIn, signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import { casesFor, seededRandom, type FuzzCase } from '../support/fuzz/schema-cases.js';
import type { KnownIds } from '../support/fuzz/values.js';
import { installWriteCounter } from '../support/fuzz/write-counter.js';
import type { GraphQLClient, GraphQLResponse } from '../support/graphql-client.js';
import { activeListingOf, expressInterest } from '../support/interest.js';
import { insertMatchRow } from '../support/subscriptions.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const ROLES = ['anonymous', 'member', 'staff', 'admin'] as const;
type RoleName = (typeof ROLES)[number];
/** Hostile cases per root field and role, besides its two plausible calls; FUZZ_CASES_PER_FIELD=1000 tries them all. */
const SAMPLED_PER_FIELD = Number(process.env.FUZZ_CASES_PER_FIELD ?? 12);
const SEED = 20_260_801;
/**
 * Refusals that write on purpose: presenting a spent refresh token revokes its session (the token
 * may have been stolen), a whole action rather than part of a refused one.
 */
const REFUSALS_THAT_WRITE = new Set(['REFRESH_TOKEN_REUSED']);

interface Failure {
  role: RoleName;
  fuzzCase: FuzzCase;
  why: string;
  response: GraphQLResponse<Record<string, unknown>>;
}

/** The first error's code, or OK: what the outcome table counts. */
const outcomeOf = (response: GraphQLResponse<Record<string, unknown>>) => String(response.errors?.[0]?.extensions?.code ?? (response.status >= 400 ? `HTTP ${response.status}` : 'OK'));

/**
 * Issue 8 "done when": a schema-driven fuzz test. Every query and mutation of the served schema,
 * as anonymous, member, staff and admin, gets its plausible call and a seeded sample of
 * type-correct hostile variants; none may answer with INTERNAL_SERVER_ERROR or a 5xx, and no
 * refused mutation may have written anything.
 */
describe('schema-driven fuzz of every query and mutation', () => {
  let api: TestApi;
  let clients: Record<RoleName, GraphQLClient>;
  let logoutClients: Record<RoleName, GraphQLClient>;
  let known: KnownIds;

  beforeAll(async () => {
    api = await startTestApi({
      env: {
        MUTATIONS_MAX: '1000000', LOGIN_ATTEMPTS_MAX: '1000000', LOGIN_ATTEMPTS_PER_IP_MAX: '1000000',
        // Nothing but the fuzzed requests writes: background loops would blur which request wrote what.
        MATCH_WORKER_IN_PROCESS: 'false', SEARCH_WORKER_IN_PROCESS: 'false', SWEEPERS_IN_PROCESS: 'false', INSIGHT_RECOMPUTE_IN_PROCESS: 'false',
      },
    });
    const admin = await signInAdmin(api);
    const staff = await signInStaff(api, admin.graphql, ['ic'], ['320000', '310000']);
    const supplier = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    const buyer = await signUpMember(api, { countyAdcode: '310115', segmentIds: ['ic.design'] });
    // Sessions of their own for logout (it ends the session it is sent with) and for the refresh
    // tokens cases present: reusing a spent one revokes its session.
    const again = (who: SignedInClient) => signIn(api, who.email);
    const spare = await Promise.all([supplier, staff, admin].map(again));
    const refreshable = await Promise.all([admin, staff, supplier, buyer].map(again));
    known = { ...(await seed(api, supplier, buyer, [admin, staff, supplier, buyer])), refreshTokens: refreshable.map((who) => who.refreshToken) };
    clients = { anonymous: api.graphql, member: supplier.graphql, staff: staff.graphql, admin: admin.graphql };
    logoutClients = { anonymous: api.graphql, member: spare[0].graphql, staff: spare[1].graphql, admin: spare[2].graphql };
  }, 120_000); // a dozen sign-ins (argon2) and the start of the API: slow on a busy machine
  afterAll(() => api?.close());

  it('answers every case without an internal error, a 5xx or a partial write', async () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const random = seededRandom(SEED);
    const roots: [FuzzCase['kind'], GraphQLObjectType][] = [['query', schema.getQueryType()!], ['mutation', schema.getMutationType()!]];
    const run = new FuzzRun(await installWriteCounter(api.sql), () => insightRecomputeFinished(api));
    await run.start();
    for (const [kind, root] of roots) {
      for (const field of Object.values(root.getFields())) {
        for (const role of ROLES) {
          const client = field.name === 'logout' ? logoutClients[role] : clients[role];
          for (const fuzzCase of casesFor(kind, field, known, random, SAMPLED_PER_FIELD)) await run.send(client, role, fuzzCase);
        }
      }
    }
    const fields = roots.reduce((n, [, root]) => n + Object.keys(root.getFields()).length, 0);
    console.log(`fuzz: ${run.total} cases over ${fields} root fields × ${ROLES.length} roles in ${run.seconds()} s\n${run.table()}`);
    expect(run.report()).toEqual([]);
    expect(run.total).toBeGreaterThan(2000);
  }, 25 * 1000 * SAMPLED_PER_FIELD);
});

/** Sends cases one at a time, judges each answer and counts outcomes per operation kind and role. */
class FuzzRun {
  readonly counts = new Map<string, Map<string, number>>();
  readonly failures: Failure[] = [];
  total = 0;
  private written = 0;
  private started = Date.now();

  constructor(
    private readonly writes: () => Promise<number>,
    /** Waits for work a mutation started in the background (an insight recompute): its writes are that mutation's. */
    private readonly settled: () => Promise<void>,
  ) {}

  async start(): Promise<void> {
    this.written = await this.writes();
    this.started = Date.now();
  }

  async send(client: GraphQLClient, role: RoleName, fuzzCase: FuzzCase): Promise<void> {
    const response = await client.request<Record<string, unknown>>(fuzzCase.document, fuzzCase.variables);
    // Only mutations write (background loops are off), so the count after one is the count before the next.
    const before = this.written;
    if (fuzzCase.kind === 'mutation') {
      await this.settled();
      this.written = await this.writes();
    }
    const refusals = response.errors?.filter((error) => !error.path || error.path[0] === fuzzCase.field) ?? [];
    const refused = refusals.some((error) => !REFUSALS_THAT_WRITE.has(String(error.extensions?.reason)));
    const why = [
      response.status >= 500 && `HTTP ${response.status}`,
      response.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR') && 'INTERNAL_SERVER_ERROR',
      refused && this.written !== before && 'a refused mutation wrote',
    ].filter(Boolean).join(', ');
    if (why) this.failures.push({ role, fuzzCase, why, response });
    const label = `${fuzzCase.kind} ${role}`;
    const row = this.counts.get(label) ?? new Map<string, number>();
    row.set(outcomeOf(response), (row.get(outcomeOf(response)) ?? 0) + 1);
    this.counts.set(label, row);
    this.total += 1;
  }

  seconds(): string {
    return ((Date.now() - this.started) / 1000).toFixed(1);
  }

  report(): string[] {
    return this.failures.slice(0, 25).map((f) => `${f.why}: ${f.role} ${f.fuzzCase.field} [${f.fuzzCase.mutation}] → ${JSON.stringify(f.response.errors ?? f.response.status).slice(0, 300)}`);
  }

  table(): string {
    const codes = [...new Set([...this.counts.values()].flatMap((row) => [...row.keys()]))].sort();
    const cell = (text: string, width: number) => text.padStart(width);
    const lines = [['', ...codes].map((code, i) => (i === 0 ? code.padEnd(20) : cell(code, Math.max(code.length, 6)))).join(' ')];
    for (const [label, row] of this.counts) {
      lines.push([label.padEnd(20), ...codes.map((code) => cell(String(row.get(code) ?? 0), Math.max(code.length, 6)))].join(' '));
    }
    return lines.join('\n');
  }
}

/** Resolves once no insight recompute is running (recomputeInsight answers at its start and computes in the background). */
async function insightRecomputeFinished(api: TestApi, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await api.sql(`SELECT count(*)::int AS n FROM insight_snapshot WHERE status = 'RUNNING'`))[0].n > 0) {
    if (Date.now() > deadline) throw new Error(`an insight recompute still running after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Data for plausible cases to reach the rules: listings of two enterprises, interest between them, a match. */
async function seed(api: TestApi, supplier: Member, buyer: Member, signedIn: SignedInClient[]): Promise<Omit<KnownIds, 'refreshTokens'>> {
  const supply = await activeListingOf(supplier);
  const demand = await activeListingOf(buyer, { kind: 'DEMAND', title: '采购QFN封装测试服务', segmentId: 'ic.packaging' });
  const interest = await expressInterest(buyer, supply);
  const match = await insertMatchRow(api.sql, { listingId: demand, enterpriseId: buyer.enterpriseId, provinceAdcode: '310000' },
    { listingId: supply, enterpriseId: supplier.enterpriseId, provinceAdcode: '320000' });
  const [alliance] = await api.sql(`SELECT id FROM alliance LIMIT 1`);
  return {
    listings: [supply, demand], enterprises: [supplier.enterpriseId, buyer.enterpriseId], interests: [interest.id],
    matches: [match.id], alliances: [alliance.id], users: signedIn.map((who) => who.userId),
  };
}

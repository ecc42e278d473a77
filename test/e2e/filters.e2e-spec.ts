import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, getNullableType, isInputObjectType, isLeafType, isListType, type GraphQLInputType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { signIn, signInAdmin, signInStaff, signUpMember, TEST_PASSWORD, type SignedInClient } from '../support/accounts.js';
import { validUscc } from '../support/factories.js';
import { operationWithVariables, plausibleArgs, seededRandom } from '../support/fuzz/schema-cases.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const REFERENCE_FIELD = /^(chainIds?|segmentIds?|provinceAdcodes?|cityAdcodes?|countyAdcodes?|servedProvinceAdcodes)$/;

/** A well-formed id no reference data holds: Beijing's adcode, a chain and a segment that do not exist. */
const unknownIdFor = (name: string) => (/Adcode/.test(name) ? '110000' : /segment/.test(name) ? 'ic.nope' : 'evs');
const REASONS: [RegExp, string][] = [[/segment/, 'UNKNOWN_SEGMENT'], [/chain/, 'UNKNOWN_CHAIN'], [/province/i, 'UNKNOWN_PROVINCE'], [/city/, 'UNKNOWN_CITY'], [/county/, 'UNKNOWN_COUNTY']];
const reasonFor = (name: string) => REASONS.find(([pattern]) => pattern.test(name))![1];

interface ReferencePath {
  path: string[];
  list: boolean;
}

/** Paths to every argument or input field naming reference data, under one argument. */
function referencePaths(name: string, type: GraphQLInputType, seen = new Set<string>()): ReferencePath[] {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (seen.has(named.name)) return [];
    return Object.values(named.getFields()).flatMap((field) => referencePaths(field.name, field.type, new Set([...seen, named.name]))
      .map(({ path, list }) => ({ path: [name, ...path], list })));
  }
  return REFERENCE_FIELD.test(name) ? [{ path: [name], list: isListType(getNullableType(type)) }] : [];
}

/** `args` with an unknown id at `path` (`filter.chainIds` → `{ filter: { chainIds: ["evs"] } }`), the rest left as it is. */
function withUnknownId(args: Record<string, unknown>, path: string[], list: boolean): Record<string, unknown> {
  const copy = structuredClone(args);
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = (parent[key] ??= {}) as Record<string, unknown>;
  const name = path.at(-1)!;
  parent[name] = list ? [unknownIdFor(name)] : unknownIdFor(name);
  return copy;
}

describe('filters', () => {
  let api: TestApi;
  let admin: SignedInClient;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signInAdmin(api);
  });
  afterAll(() => api.close());

  describe('unknown reference ids are refused everywhere, as creating a listing refuses them (issue 8 item 10)', () => {
    it('refuses them in every filter of every query, naming the field and the kind of id', async () => {
      const { schema } = api.app.get(GraphQLSchemaHost);
      const cases = Object.values(schema.getQueryType()!.getFields()).flatMap((field) => field.args
        .flatMap((argument) => referencePaths(argument.name, argument.type))
        .map((reference) => ({ field, ...reference })));
      // Other required arguments get plausible values, so the id is the only thing wrong.
      const ids = [randomUUID()];
      const known = { listings: ids, enterprises: ids, interests: ids, matches: ids, alliances: ids, users: ids, refreshTokens: ['x'] };
      const answered: string[] = [];
      for (const { field, path, list } of cases) {
        const args = withUnknownId(plausibleArgs(field, known, seededRandom(1), false), path, list);
        const selection = isLeafType(getNamedType(field.type)) ? '' : '{ __typename }';
        const { document, variables } = operationWithVariables('query', field, args, selection);
        const error = await admin.graphql.error(document, variables);
        answered.push(`${field.name}(${path.join('.')}): ${error.extensions?.code} ${error.extensions?.field} ${error.extensions?.reason}`);
      }
      expect(answered).toEqual(cases.map(({ field, path }) => `${field.name}(${path.join('.')}): BAD_USER_INPUT ${path.join('.')} ${reasonFor(path.at(-1)!)}`));
      // listings, searchListings and curationQueue (4 + 4 + 3), enterprises (4), cities (1)
      expect(cases.length).toBeGreaterThanOrEqual(16);
    });

    it('refuses them in what creates things too, and accepts the ids reference data holds', async () => {
      const error = await admin.graphql.error('mutation { createAlliance(input: { nameZh: "测试联盟", chainIds: ["ic", "evs"], provinceAdcodes: ["320000"] }) { id } }');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.chainIds', reason: 'UNKNOWN_CHAIN' });
      expect(error.message).toContain('evs');
      const { listings } = await api.graphql.data('{ listings(filter: { chainIds: ["ic"], segmentIds: ["ic.packaging"], provinceAdcodes: ["320000"], cityAdcodes: ["320500"] }) { totalCount } }');
      expect(listings.totalCount).toBe(0);
    });
  });

  describe('review flags are staff information (issue 8 item 21)', () => {
    const FLAGS = 'query($id: ID!) { enterprise(id: $id) { needsReview reviewReasons } }';
    const FLAGGED = '{ enterprises(filter: { needsReview: true }) { edges { node { id } } } }';
    let flaggedId: string;
    let owner: SignedInClient;

    beforeAll(async () => {
      // A Shanghai code for a Suzhou location: flagged for review.
      const email = `flagged-${process.pid}@test.chainmatch.cn`;
      const { signUp } = await api.graphql.data(`mutation($input: SignUpInput!) { signUp(input: $input) { user { enterpriseId } } }`, {
        input: {
          email, password: TEST_PASSWORD, displayName: '待审核',
          enterprise: { nameZh: '待审核测试有限公司', uscc: validUscc('310115'), countyAdcode: '320506', size: 'SMALL', segmentIds: ['ic.packaging'] },
        },
      });
      flaggedId = signUp.user.enterpriseId;
      owner = await signIn(api, email);
    });

    it('refuses the needsReview filter to anonymous callers and members', async () => {
      expect((await api.graphql.error(FLAGGED)).extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'REVIEW_FLAGS_FOR_STAFF' });
      const member = await signUpMember(api);
      expect((await member.graphql.error(FLAGGED)).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'REVIEW_FLAGS_FOR_STAFF' });
      expect((await member.graphql.error('{ enterprises(filter: { needsReview: false }) { totalCount } }')).extensions?.code).toBe('FORBIDDEN');
    });

    it('lets staff and admins filter by them', async () => {
      const staff = await signInStaff(api, admin.graphql, ['nev'], ['340000']);
      for (const client of [staff, admin]) {
        const { enterprises } = await client.graphql.data(FLAGGED);
        expect(enterprises.edges.map((edge: { node: { id: string } }) => edge.node.id)).toContain(flaggedId);
      }
    });

    it('shows the flags to staff, admins and the enterprise\'s own members; null to everyone else', async () => {
      const staff = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
      const flagged = { needsReview: true, reviewReasons: ['USCC_REGION_MISMATCH'] };
      for (const client of [staff.graphql, admin.graphql, owner.graphql]) {
        expect((await client.data(FLAGS, { id: flaggedId })).enterprise).toEqual(flagged);
      }
      const stranger = await signUpMember(api);
      for (const client of [api.graphql, stranger.graphql]) {
        expect((await client.data(FLAGS, { id: flaggedId })).enterprise).toEqual({ needsReview: null, reviewReasons: null });
      }
    });
  });
});

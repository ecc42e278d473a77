import { signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { createMatch, type MatchOptions, type SeededMatch, WITHOUT_MATCH_WORKER } from '../support/matches.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const QUEUE = `query($first: Int, $after: String, $filter: CurationQueueFilter, $sort: CurationSort) {
  curationQueue(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id score status demandListing { id } supplyListing { id } timeline { toStatus } } } } }`;

type Label = 'm1' | 'm2' | 'm3' | 'm4' | 'm5' | 'm6' | 'm7' | 'introduced' | 'dismissed';
type Place = 'js' | 'zj' | 'ah' | 'sh';
const DAY_MS = 86_400_000;

/** The queue's seed: who buys and sells where, in which segment, how good, how old, in which state. */
const SEEDS: [Label, Place, Place, MatchOptions][] = [
  ['m1', 'js', 'zj', { score: 0.9, ageDays: 1 }],
  ['m2', 'js', 'zj', { score: 0.75, ageDays: 3, segmentId: 'ic.fab', status: 'SHORTLISTED' }],
  ['m3', 'ah', 'sh', { score: 0.75, ageDays: 5 }],
  ['m4', 'ah', 'zj', { score: 0.6, ageDays: 10 }],
  ['m5', 'js', 'sh', { score: 0.55, ageDays: 2, segmentId: 'biomed.devices' }],
  ['m6', 'ah', 'sh', { score: 0.4, ageDays: 20, segmentId: 'ic.fab' }],
  ['m7', 'js', 'zj', { score: 0.75, ageDays: 7 }],
  ['introduced', 'js', 'zj', { score: 0.95, ageDays: 1, status: 'INTRODUCED' }],
  ['dismissed', 'ah', 'zj', { score: 0.3, ageDays: 30, segmentId: 'ic.fab', status: 'DISMISSED' }],
];

describe('curation queue', () => {
  let api: TestApi;
  let admin: SignedInClient;
  let members: Record<Place, Member>;
  const seeded = {} as Record<Label, SeededMatch>;

  const labelOf = (id: string) => (Object.keys(seeded) as Label[]).find((label) => seeded[label].id === id) ?? id;
  const queue = async (client: GraphQLClient, variables: Record<string, unknown> = {}) => {
    const { curationQueue } = await client.data(QUEUE, { first: 100, ...variables });
    return { ...curationQueue, labels: curationQueue.edges.map((edge: { node: { id: string } }) => labelOf(edge.node.id)) };
  };
  /** Best first; equal scores by id, descending, as the keyset order breaks ties. */
  const byScore = (...labels: Label[]) => [...labels].sort((a, b) =>
    seeded[b].score - seeded[a].score || (seeded[b].id > seeded[a].id ? 1 : -1));

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000', ...WITHOUT_MATCH_WORKER } });
    admin = await signInAdmin(api);
    const segmentIds = ['ic.packaging', 'ic.fab', 'biomed.devices'];
    members = {
      js: await signUpMember(api, { countyAdcode: '320506', segmentIds }), // Suzhou
      zj: await signUpMember(api, { countyAdcode: '330106', segmentIds }), // Hangzhou
      ah: await signUpMember(api, { countyAdcode: '340104', segmentIds }), // Hefei
      sh: await signUpMember(api, { countyAdcode: '310115', segmentIds }), // Pudong
    };
    for (const [label, buyer, seller, options] of SEEDS) seeded[label] = await createMatch(api, members[buyer], members[seller], options);
  });
  afterAll(() => api.close());

  it('shows admins every match still to curate, best first, with its listings and timeline', async () => {
    const all = await queue(admin.graphql);
    expect(all.totalCount).toBe(7);
    expect(all.labels).toEqual(byScore('m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'));
    expect(all.edges[0].node).toEqual({
      id: seeded.m1.id, score: 0.9, status: 'SUGGESTED', timeline: [],
      demandListing: { id: seeded.m1.demandListingId }, supplyListing: { id: seeded.m1.supplyListingId },
    });
  });

  it('sorts by age, newest or oldest first', async () => {
    const newest = ['m1', 'm5', 'm2', 'm3', 'm7', 'm4', 'm6'];
    expect((await queue(admin.graphql, { sort: 'NEWEST' })).labels).toEqual(newest);
    expect((await queue(admin.graphql, { sort: 'OLDEST' })).labels).toEqual([...newest].reverse());
  });

  it.each([
    ['chain', { chainIds: ['biomed'] }, ['m5']],
    ['segment', { segmentIds: ['ic.fab'] }, ['m2', 'm6']],
    ['province of either side', { provinceAdcodes: ['310000'] }, ['m3', 'm5', 'm6']],
    ['score range', { minScore: 0.6, maxScore: 0.75 }, ['m2', 'm3', 'm4', 'm7']],
    ['statuses', { statuses: ['INTRODUCED', 'DISMISSED'] }, ['introduced', 'dismissed']],
    ['all of them at once', { chainIds: ['ic'], provinceAdcodes: ['340000'], minScore: 0.5 }, ['m3', 'm4']],
  ])('filters by %s', async (_name, filter, expected) => {
    const result = await queue(admin.graphql, { filter });
    expect(result.labels).toEqual(byScore(...(expected as Label[])));
    expect(result.totalCount).toBe(expected.length);
  });

  it('filters by age', async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
    const result = await queue(admin.graphql, { sort: 'NEWEST', filter: { createdAfter: daysAgo(6), createdBefore: daysAgo(1.5) } });
    expect(result.labels).toEqual(['m5', 'm2', 'm3']);
  });

  it.each(['SCORE_DESC', 'NEWEST', 'OLDEST'])('pages through %s without duplicates or gaps', async (sort) => {
    const whole = (await queue(admin.graphql, { sort })).labels;
    const walked: string[] = [];
    let after: string | undefined;
    for (let pages = 1; pages <= 10; pages += 1) {
      const page = await queue(admin.graphql, { sort, first: 2, after });
      expect(page.totalCount).toBe(7);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== undefined);
      walked.push(...page.labels);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(whole);
  });

  it('shows staff only the matches their alliance covers: its chains, and the province of either side', async () => {
    const jiangsuIc = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    const zhejiangIc = await signInStaff(api, admin.graphql, ['ic'], ['330000']);
    const shanghaiBiomed = await signInStaff(api, admin.graphql, ['biomed'], ['310000']);
    expect((await queue(jiangsuIc.graphql)).labels).toEqual(byScore('m1', 'm2', 'm7'));
    expect((await queue(zhejiangIc.graphql)).labels).toEqual(byScore('m1', 'm2', 'm4', 'm7'));
    expect((await queue(shanghaiBiomed.graphql)).labels).toEqual(['m5']);
    expect((await queue(jiangsuIc.graphql, { filter: { statuses: ['INTRODUCED', 'DISMISSED'] } })).labels).toEqual(['introduced']);
    expect((await queue(jiangsuIc.graphql, { filter: { chainIds: ['biomed'] } })).totalCount).toBe(0);
  });

  it('refuses members and anonymous callers', async () => {
    expect((await members.js.graphql.error(QUEUE)).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await api.graphql.error(QUEUE)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it.each([
    ['an inverted score range', { filter: { minScore: 0.8, maxScore: 0.2 } }, 'filter.minScore', 'INVERTED_RANGE'],
    ['an inverted age range', { filter: { createdAfter: '2026-02-01T00:00:00Z', createdBefore: '2026-01-01T00:00:00Z' } }, 'filter.createdAfter', 'INVERTED_RANGE'],
    ['a score above 1', { filter: { minScore: 1.5 } }, 'filter.minScore', undefined],
    ['a page over the cap', { first: 101 }, 'first', 'PAGE_SIZE_OUT_OF_RANGE'],
  ])('refuses %s with BAD_USER_INPUT', async (_name, variables, field, reason) => {
    const error = await admin.graphql.error(QUEUE, variables);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, ...(reason && { reason }) });
  });

  it('refuses a cursor issued for another sort', async () => {
    const { pageInfo } = await queue(admin.graphql, { first: 1 });
    const error = await admin.graphql.error(QUEUE, { sort: 'NEWEST', after: pageInfo.endCursor });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });
});

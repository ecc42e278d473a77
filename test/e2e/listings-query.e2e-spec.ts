import { signInAdmin, signUpMember, type Member } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const LIST = `query($first: Int, $after: String, $filter: ListingFilter) {
  listings(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }`;
const PUBLISH = `mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }`;

interface Page { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] }

describe('listing lists: filters and pagination', () => {
  let api: TestApi;
  /** Reads as an admin, who may list every status; the anonymous default list is tested on its own. */
  let admin: GraphQLClient;
  const ids: Record<string, string[]> = { shanghai: [], hangzhou: [], hefei: [], demand: [], bio: [], draft: [], all: [] };

  const list = async (variables: Record<string, unknown>): Promise<Page> => (await admin.data(LIST, variables)).listings;
  const idsOf = (page: Page) => page.edges.map((e) => e.node.id).sort();
  const newestFirst = async () =>
    (await api.sql(`SELECT id FROM listing WHERE status = 'ACTIVE' ORDER BY created_at DESC, id DESC`)).map((r) => r.id);

  beforeAll(async () => {
    api = await startTestApi();
    admin = (await signInAdmin(api)).graphql;
    const shanghai = await signUpMember(api, { countyAdcode: '310112', segmentIds: ['ic.packaging'] });
    const hangzhou = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ic.design'] });
    const hefei = await signUpMember(api, { countyAdcode: '340104', segmentIds: ['biomed.chem_drugs'] });
    const publish = async (key: string, owner: Member, change: Record<string, unknown> = {}) => {
      const { id } = await createListing(owner.graphql, listingInput(owner.enterpriseId, change));
      await owner.graphql.data(PUBLISH, { id });
      ids[key].push(id);
      ids.all.push(id);
    };
    for (let i = 0; i < 4; i++) await publish('shanghai', shanghai);
    for (let i = 0; i < 3; i++) await publish('hangzhou', hangzhou, { kind: 'DEMAND', segmentId: 'ic.materials' });
    for (let i = 0; i < 2; i++) await publish('bio', hefei, { segmentId: 'biomed.chem_drugs' });
    ids.hangzhou.forEach((id) => ids.demand.push(id));
    ids.hefei = ids.bio;
    const draft = await createListing(shanghai.graphql, listingInput(shanghai.enterpriseId));
    ids.draft.push(draft.id);
  });
  afterAll(() => api.close());

  it('lists ACTIVE listings by default, newest first, with the total, to anyone', async () => {
    const page: Page = (await api.graphql.data(LIST, { first: 100 })).listings;
    expect(page.totalCount).toBe(9);
    expect(page.edges.map((e) => e.node.id)).toEqual(await newestFirst());
    expect(idsOf(page)).toEqual([...ids.all].sort());
    expect(page.edges.map((e) => e.node.id)).not.toContain(ids.draft[0]);
  });

  it.each([
    ['kind', { kind: 'DEMAND' }, 'demand'],
    ['chain', { chainIds: ['biomed'] }, 'bio'],
    ['segment', { segmentIds: ['ic.materials'] }, 'hangzhou'],
    ['province', { provinceAdcodes: ['310000'] }, 'shanghai'],
    ['city', { cityAdcodes: ['340100'] }, 'hefei'],
    ['status', { statuses: ['DRAFT'] }, 'draft'],
  ])('filters by %s', async (_name, filter, expected) => {
    const page = await list({ first: 50, filter });
    expect(idsOf(page)).toEqual([...ids[expected]].sort());
    expect(page.totalCount).toBe(ids[expected].length);
  });

  it('combines filters with AND and list values with OR', async () => {
    const either = await list({ first: 50, filter: { provinceAdcodes: ['310000', '340000'] } });
    expect(idsOf(either)).toEqual([...ids.shanghai, ...ids.hefei].sort());
    const both = await list({ first: 50, filter: { provinceAdcodes: ['310000', '340000'], chainIds: ['ic'] } });
    expect(idsOf(both)).toEqual([...ids.shanghai].sort());
    const none = await list({ first: 50, filter: { kind: 'DEMAND', provinceAdcodes: ['310000'] } });
    expect(none).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('filters by enterprise', async () => {
    const { listing } = await admin.data(`query($id: ID!) { listing(id: $id) { enterprise { id } } }`, { id: ids.bio[0] });
    const page = await list({ filter: { enterpriseId: listing.enterprise.id } });
    expect(idsOf(page)).toEqual([...ids.bio].sort());
  });

  it('pages through everything without duplicates or gaps, and past the last page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = await list({ first: 2, after });
      expect(page.totalCount).toBe(9);
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
      if (!after) {
        const beyond = await list({ first: 2, after: page.pageInfo.endCursor });
        expect(beyond).toMatchObject({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
      }
    } while (after);
    expect(pages).toBe(5);
    expect(seen).toEqual(await newestFirst());
  });

  it('refuses a page size over the cap, a negative one and a forged cursor', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }]) {
      const error = await api.graphql.error(LIST, variables);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
    }
    const forged = await api.graphql.error(LIST, { after: Buffer.from('["yesterday","x"]').toString('base64url') });
    expect(forged.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' });
  });

  it('refuses malformed filter values', async () => {
    const error = await admin.error(LIST, { filter: { provinceAdcodes: ['shanghai'] } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.provinceAdcodes' });
  });
});

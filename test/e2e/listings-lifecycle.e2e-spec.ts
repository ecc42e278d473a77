import { ListingExpirySweeper } from '@chainmatch/listings';
import { signUpMember } from '../support/accounts.js';
import { graphql } from '../gql/index.js';
import { createListing, listingInput } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const TRANSITION = (name: string) =>
  `mutation($id: ID!, $v: Int!) { ${name}(id: $id, expectedVersion: $v) { id status version publishedAt closedAt } }`;
const UPDATE = graphql(`mutation UpdateListing($id: ID!, $v: Int!, $input: UpdateListingInput!) {
  updateListing(id: $id, expectedVersion: $v, input: $input) { ...ListingFields } }`);
const RENEW = `mutation($id: ID!, $v: Int!, $until: DateTime!) { renewListing(id: $id, expectedVersion: $v, validUntil: $until) { status version validUntil } }`;
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('listing lifecycle over GraphQL', () => {
  let api: TestApi;
  let enterpriseId: string;
  let graphql: GraphQLClient;

  beforeAll(async () => {
    api = await startTestApi();
    ({ enterpriseId, graphql } = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] }));
  });
  afterAll(() => api.close());

  it('creates a DRAFT with the enterprise place and a 90-day window by default', async () => {
    const listing = await createListing(graphql, listingInput(enterpriseId));
    expect(listing).toMatchObject({
      status: 'DRAFT', version: 1, kind: 'SUPPLY', segment: { id: 'ic.packaging' }, chain: { id: 'ic' },
      county: { adcode: '320506' }, city: { adcode: '320500' }, province: { adcode: '320000' },
      quantity: { amount: 3_000_000, unit: { code: 'pcs' }, basis: 'PER_MONTH' }, priceRange: { minCny: 0.05, maxCny: 0.2, unit: { code: 'pcs' } },
      serviceArea: { wholeRegion: true, provinces: [] }, enterprise: { id: enterpriseId }, publishedAt: null,
    });
    expect(listing.location).toEqual({ lat: expect.any(Number), lng: expect.any(Number) });
    const windowDays = (Date.parse(listing.validUntil) - Date.parse(listing.validFrom)) / 86_400_000;
    expect(windowDays).toBeCloseTo(90, 5);
  });

  it('walks DRAFT → ACTIVE → PAUSED → ACTIVE → CLOSED, one version per step', async () => {
    const { id } = await createListing(graphql, listingInput(enterpriseId));
    const published = (await graphql.data(TRANSITION('publishListing'), { id, v: 1 })).publishListing;
    expect(published).toMatchObject({ status: 'ACTIVE', version: 2, publishedAt: expect.any(String) });
    expect((await graphql.data(TRANSITION('pauseListing'), { id, v: 2 })).pauseListing).toMatchObject({ status: 'PAUSED', version: 3 });
    const resumed = (await graphql.data(TRANSITION('publishListing'), { id, v: 3 })).publishListing;
    expect(resumed).toMatchObject({ status: 'ACTIVE', version: 4, publishedAt: published.publishedAt });
    expect((await graphql.data(TRANSITION('closeListing'), { id, v: 4 })).closeListing).toMatchObject({ status: 'CLOSED', version: 5, closedAt: expect.any(String) });
  });

  it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
    const { id } = await createListing(graphql, listingInput(enterpriseId));
    await graphql.data(UPDATE, { id, v: 1, input: { title: '第一次修改的标题' } });
    const error = await graphql.error(UPDATE, { id, v: 1, input: { title: '基于旧版本的修改' } });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', expectedVersion: 1, currentVersion: 2 });
    const [row] = await api.sql(`SELECT title, version FROM listing WHERE id = $1`, [id]);
    expect(row).toEqual({ title: '第一次修改的标题', version: 2 });
  });

  it('refuses to edit, publish or renew a CLOSED listing', async () => {
    const { id } = await createListing(graphql, listingInput(enterpriseId));
    await graphql.data(TRANSITION('closeListing'), { id, v: 1 });
    for (const [query, variables] of [
      [UPDATE, { id, v: 2, input: { title: '关闭后还想修改' } }],
      [TRANSITION('publishListing'), { id, v: 2 }],
      [RENEW, { id, v: 2, until: daysFromNow(30) }],
    ] as const) {
      const error = await graphql.error(query, variables);
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LISTING_CLOSED', status: 'CLOSED' });
    }
    const [row] = await api.sql(`SELECT status, version, title FROM listing WHERE id = $1`, [id]);
    expect(row).toMatchObject({ status: 'CLOSED', version: 2, title: listingInput(enterpriseId).title });
  });

  it('refuses illegal transitions with ILLEGAL_TRANSITION', async () => {
    const { id } = await createListing(graphql, listingInput(enterpriseId));
    const error = await graphql.error(TRANSITION('pauseListing'), { id, v: 1 });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', status: 'DRAFT', action: 'PAUSE' });
  });

  it('reads a listing past its window as EXPIRED, refuses to publish it, and renews it to ACTIVE', async () => {
    const { id } = await createListing(graphql, listingInput(enterpriseId));
    await graphql.data(TRANSITION('publishListing'), { id, v: 1 });
    // Time travel: the window ended yesterday.
    await api.sql(`UPDATE listing SET valid_from = now() - interval '30 days', valid_until = now() - interval '1 day' WHERE id = $1`, [id]);
    expect((await graphql.data(`query($id: ID!) { listing(id: $id) { status } }`, { id })).listing.status).toBe('EXPIRED');
    const expired = await graphql.data(`query($e: ID!) { listings(filter: { statuses: [EXPIRED], enterpriseId: $e }) { edges { node { id } } } }`, { e: enterpriseId });
    expect(expired.listings.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(id);
    const active = await graphql.data(`{ listings { edges { node { id } } } }`);
    expect(active.listings.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
    const refused = await graphql.error(TRANSITION('pauseListing'), { id, v: 2 });
    expect(refused.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LISTING_EXPIRED' });
    const renewed = (await graphql.data(RENEW, { id, v: 2, until: daysFromNow(60) })).renewListing;
    expect(renewed).toMatchObject({ status: 'ACTIVE', version: 3 });
  });

  it('lets the sweeper store EXPIRED with a new version', async () => {
    const { id } = await createListing(graphql, listingInput(enterpriseId));
    await graphql.data(TRANSITION('publishListing'), { id, v: 1 });
    await api.sql(`UPDATE listing SET valid_from = now() - interval '30 days', valid_until = now() - interval '1 second' WHERE id = $1`, [id]);
    await api.app.get(ListingExpirySweeper).sweep();
    const [row] = await api.sql(`SELECT status, version FROM listing WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'EXPIRED', version: 3 });
  });

  it('updates only the given fields, recomputing place from a new county', async () => {
    const { id } = await createListing(graphql, listingInput(enterpriseId));
    const { updateListing } = await graphql.data(UPDATE, {
      id, v: 1, input: { countyAdcode: '330106', servedProvinceAdcodes: ['330000', '310000'], priceRange: { maxCny: 0.3, unit: 'pcs' } },
    });
    expect(updateListing).toMatchObject({
      version: 2, title: listingInput(enterpriseId).title, county: { adcode: '330106' }, city: { adcode: '330100' },
      province: { adcode: '330000' }, priceRange: { minCny: null, maxCny: 0.3, unit: { code: 'pcs' } },
      serviceArea: { wholeRegion: false, provinces: [{ adcode: '310000' }, { adcode: '330000' }] },
    });
  });

  it('returns NOT_FOUND for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
    const missing = await graphql.error(TRANSITION('publishListing'), { id: '00000000-0000-4000-8000-000000000000', v: 1 });
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'LISTING_NOT_FOUND' });
    const malformed = await graphql.error(TRANSITION('publishListing'), { id: 'not-a-uuid', v: 1 });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    expect((await graphql.data(`{ listing(id: "00000000-0000-4000-8000-000000000000") { id } }`)).listing).toBeNull();
  });

  it('offers its enterprise the actions the status allows, and nobody else any', async () => {
    const { id } = await createListing(graphql, listingInput(enterpriseId));
    const ALLOWED = `query($id: ID!) { listing(id: $id) { allowedActions } }`;
    expect((await graphql.data(ALLOWED, { id })).listing.allowedActions).toEqual(['UPDATE', 'PUBLISH', 'CLOSE', 'RENEW']);
    await graphql.data(TRANSITION('publishListing'), { id, v: 1 });
    expect((await graphql.data(ALLOWED, { id })).listing.allowedActions).toEqual(['UPDATE', 'PAUSE', 'CLOSE', 'RENEW']);
    const other = await signUpMember(api);
    expect((await other.graphql.data(ALLOWED, { id })).listing.allowedActions).toEqual([]);
    expect((await api.graphql.data(ALLOWED, { id })).listing.allowedActions).toEqual([]);
  });
});

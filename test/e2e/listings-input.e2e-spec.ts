import { signInAdmin, signUpMember } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const CREATE = `mutation($input: CreateListingInput!) { createListing(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateListingInput!) { updateListing(id: $id, expectedVersion: $v, input: $input) { id } }`;
const RENEW = `mutation($id: ID!, $v: Int!, $until: DateTime!) { renewListing(id: $id, expectedVersion: $v, validUntil: $until) { id } }`;
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** Each case: a change to a valid input, and the field the refusal must name. */
const BAD_CONTENT: [string, Record<string, unknown>, string][] = [
  ['empty title', { title: '' }, 'input.title'],
  ['title over 120 characters', { title: '长'.repeat(121) }, 'input.title'],
  ['short description', { description: '太短' }, 'input.description'],
  ['unknown segment', { segmentId: 'ic.nonexistent' }, 'input.segmentId'],
  ['negative quantity', { quantity: { amount: -5, unit: 'pcs', basis: 'PER_MONTH' } }, 'input.quantity.amount'],
  ['unit the catalogue does not know', { quantity: { amount: 5, unit: '吨/月', basis: 'PER_MONTH' } }, 'input.quantity.unit'],
  ['quantity without a basis', { quantity: { amount: 5, unit: 't' } }, 'input.quantity.basis'],
  ['inverted price range', { priceRange: { minCny: 10, maxCny: 1, unit: 'pcs' } }, 'input.priceRange'],
  ['price range with neither bound', { priceRange: { unit: 'pcs' } }, 'input.priceRange'],
  ['negative price', { priceRange: { minCny: -1, unit: 'pcs' } }, 'input.priceRange.minCny'],
  ['price per an unknown unit', { priceRange: { minCny: 1, unit: 'per piece' } }, 'input.priceRange.unit'],
  ['price without the unit it is per', { priceRange: { minCny: 1 } }, 'input.priceRange.unit'],
  ['mandatory certifications on a supply', { mandatoryCertifications: ['ISO 9001'] }, 'input.mandatoryCertifications'],
  ['lead time over two years', { leadTimeDays: 1000 }, 'input.leadTimeDays'],
  ['too many keywords', { keywords: Array.from({ length: 21 }, (_, i) => `k${i}`) }, 'input.keywords'],
  ['keyword too long', { keywords: ['x'.repeat(41)] }, 'input.keywords'],
  ['unknown county', { countyAdcode: '110101' }, 'input.countyAdcode'],
  ['malformed county', { countyAdcode: '3205' }, 'input.countyAdcode'],
  ['point outside the region', { location: { lat: 39.9, lng: 116.4 } }, 'input.location.lat'],
  ['unknown province served', { servedProvinceAdcodes: ['110000'] }, 'input.servedProvinceAdcodes'],
  ['validity window in the past', { validFrom: daysFromNow(-20), validUntil: daysFromNow(-10) }, 'input.validUntil'],
  ['validity window over a year', { validUntil: daysFromNow(400) }, 'input.validUntil'],
  ['zero radius', { serviceRadiusKm: 0 }, 'input.serviceRadiusKm'],
];

describe('malformed listing input', () => {
  let api: TestApi;
  let enterpriseId: string;
  let graphql: GraphQLClient;
  let existing: Record<string, any>;
  const counts = async () => (await api.sql(`SELECT count(*)::int AS n, sum(version)::int AS versions FROM listing`))[0];

  beforeAll(async () => {
    api = await startTestApi();
    ({ enterpriseId, graphql } = await signUpMember(api));
    existing = await createListing(graphql, listingInput(enterpriseId));
  });
  afterAll(() => api.close());

  it.each(BAD_CONTENT)('createListing refuses %s with BAD_USER_INPUT on %s and writes nothing', async (_name, change, field) => {
    const before = await counts();
    const error = await graphql.error(CREATE, { input: { ...listingInput(enterpriseId), ...change } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it.each(BAD_CONTENT)('updateListing refuses %s with BAD_USER_INPUT on %s and writes nothing', async (_name, change, field) => {
    const before = await counts();
    const error = await graphql.error(UPDATE, { id: existing.id, v: 1, input: change });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it('createListing refuses a malformed enterprise id', async () => {
    const error = await graphql.error(CREATE, { input: listingInput('acme') });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enterpriseId' });
  });

  it('createListing for an unknown enterprise: FORBIDDEN to a member (not theirs), BAD_USER_INPUT to an admin', async () => {
    const unknown = listingInput('00000000-0000-4000-8000-000000000000');
    expect((await graphql.error(CREATE, { input: unknown })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const admin = await signInAdmin(api);
    expect((await admin.graphql.error(CREATE, { input: unknown })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.enterpriseId' });
  });

  it.each([
    ['an unknown enum value', { kind: 'GIFT' }, 'input.kind'],
    ['a missing required field', { title: undefined }, 'input.title'],
    ['a value of the wrong type', { leadTimeDays: 'soon' }, 'input.leadTimeDays'],
  ])('refuses %s, which GraphQL itself rejects, as BAD_USER_INPUT on %s', async (_name, change, field) => {
    const before = await counts();
    const error = await graphql.error(CREATE, { input: { ...listingInput(enterpriseId), ...change } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts()).toEqual(before);
  });

  it.each(['updateListing', 'publishListing', 'pauseListing', 'closeListing', 'renewListing'])(
    '%s refuses a malformed id with BAD_USER_INPUT on `id` and writes nothing',
    async (mutation) => {
      const before = await counts();
      const extra = mutation === 'updateListing' ? ', input: { title: "新标题" }' : mutation === 'renewListing' ? `, validUntil: "${daysFromNow(30)}"` : '';
      const error = await graphql.error(`mutation { ${mutation}(id: "42", expectedVersion: 1${extra}) { id } }`);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'INVALID_ID' });
      expect(await counts()).toEqual(before);
    },
  );

  it('refuses a renewal into the past or beyond a year on `validUntil`', async () => {
    for (const until of [daysFromNow(-1), daysFromNow(500)]) {
      const error = await graphql.error(RENEW, { id: existing.id, v: 1, until });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validUntil', reason: 'INVALID_VALIDITY_WINDOW' });
    }
  });

  it('refuses a request body over the size limit', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: CREATE, variables: { input: listingInput(enterpriseId, { description: 'x'.repeat(300_000) }) } }),
    });
    expect(response.status).toBe(413);
  });
});

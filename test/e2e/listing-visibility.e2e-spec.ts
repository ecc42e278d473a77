import { signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import { activeListingOf, expressInterest } from '../support/interest.js';
import { createMatch, WITHOUT_MATCH_WORKER } from '../support/matches.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const VIEW = `__typename id kind status ... on Listing { title description }`;
const INTEREST = `query($id: ID!) { interest(id: $id) { listing { ${VIEW} } } }`;
const MATCH = `query($id: ID!) { match(id: $id) { demandListing { ${VIEW} } supplyListing { ${VIEW} } } }`;
const MY_MATCHES = `{ myMatches(first: 10) { edges { node { id demandListing { ${VIEW} } supplyListing { ${VIEW} } } } } }`;
const LISTING = `query($id: ID!) { listing(id: $id) { id } }`;

/** What a HiddenListing answers: no title, no description, nothing but what identifies it. */
const hidden = (id: string, kind: string, status: string) => ({ __typename: 'HiddenListing', id, kind, status });

describe('one listing-visibility rule on every path that returns a listing', () => {
  let api: TestApi;
  let admin: SignedInClient;
  let buyer: Member;
  let seller: Member;

  const version = async (listingId: string) => (await api.sql(`SELECT version FROM listing WHERE id = $1`, [listingId]))[0].version;

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000', ...WITHOUT_MATCH_WORKER } });
    admin = await signInAdmin(api);
    buyer = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] }); // Jiangsu
    seller = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ic.packaging'] }); // Zhejiang
  });
  afterAll(() => api.close());

  it('shows the sender of interest a placeholder once the owner pauses the listing, and the owner the listing', async () => {
    const listingId = await activeListingOf(seller);
    const interest = await expressInterest(buyer, listingId);
    expect((await buyer.graphql.data(INTEREST, { id: interest.id })).interest.listing).toMatchObject({ __typename: 'Listing', status: 'ACTIVE' });

    await seller.graphql.data(`mutation($id: ID!, $v: Int!) { pauseListing(id: $id, expectedVersion: $v) { id } }`, { id: listingId, v: await version(listingId) });
    expect((await buyer.graphql.data(INTEREST, { id: interest.id })).interest.listing).toEqual(hidden(listingId, 'SUPPLY', 'PAUSED'));
    expect((await buyer.graphql.data(LISTING, { id: listingId })).listing).toBeNull();
    for (const insider of [seller.graphql, admin.graphql]) {
      expect((await insider.data(INTEREST, { id: interest.id })).interest.listing).toMatchObject({ __typename: 'Listing', status: 'PAUSED', title: expect.any(String) });
    }
  });

  it('shows each party of a match the other side\'s unpublished listing as a placeholder, in match(id) and myMatches', async () => {
    const match = await createMatch(api, buyer, seller); // both listings are drafts
    const seen = async (client: Member) => (await client.graphql.data(MATCH, { id: match.id })).match;
    expect(await seen(buyer)).toEqual({
      demandListing: expect.objectContaining({ __typename: 'Listing', id: match.demandListingId, status: 'DRAFT', description: expect.any(String) }),
      supplyListing: hidden(match.supplyListingId, 'SUPPLY', 'DRAFT'),
    });
    expect((await seen(seller)).demandListing).toEqual(hidden(match.demandListingId, 'DEMAND', 'DRAFT'));
    const listed = (await buyer.graphql.data(MY_MATCHES)).myMatches.edges.map((edge: any) => edge.node).find((node: any) => node.id === match.id);
    expect(listed.supplyListing).toEqual(hidden(match.supplyListingId, 'SUPPLY', 'DRAFT'));

    await seller.graphql.data(`mutation($id: ID!) { publishListing(id: $id, expectedVersion: 1) { id } }`, { id: match.supplyListingId });
    expect((await seen(buyer)).supplyListing).toMatchObject({ __typename: 'Listing', status: 'ACTIVE', title: expect.any(String) });
  });

  it('shows curators what their coverage holds, and a placeholder for the other province\'s draft', async () => {
    const match = await createMatch(api, buyer, seller);
    const jiangsuStaff = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    const { match: seen } = await jiangsuStaff.graphql.data(MATCH, { id: match.id });
    expect(seen.demandListing).toMatchObject({ __typename: 'Listing', id: match.demandListingId });
    expect(seen.supplyListing).toEqual(hidden(match.supplyListingId, 'SUPPLY', 'DRAFT'));
    const { match: seenByAdmin } = await admin.graphql.data(MATCH, { id: match.id });
    expect([seenByAdmin.demandListing.__typename, seenByAdmin.supplyListing.__typename]).toEqual(['Listing', 'Listing']);
  });
});

import { MatchRefreshWorker } from '@chainmatch/matching';
import { signInAdmin, signUpMember, type Member } from '../support/accounts.js';
import { publishListing, waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const SUGGEST = `query($id: ID!) { matchesForListing(listingId: $id, first: 10) { counterpartListingId demandListingId supplyListingId score } }`;

describe('persisted matches follow the listings', () => {
  let api: TestApi;
  let buyer: Member;
  let supplier: Member;
  let demand: { id: string; version: number };
  let offer: { id: string; version: number };

  /** Lets the index and then the match worker catch up with every committed change. */
  const settle = async () => {
    await waitForIndex(api);
    await api.app.get(MatchRefreshWorker).drainUntilIdle();
  };
  const matchesOf = (listingId: string) => api.sql(
    `SELECT m.id, m.status, m.score::float8 AS score, jsonb_array_length(m.explanation) AS factors,
       (SELECT count(*)::int FROM match_event e WHERE e.match_id = m.id) AS events
     FROM match m WHERE m.demand_listing_id = $1 OR m.supply_listing_id = $1`, [listingId]);

  beforeAll(async () => {
    api = await startTestApi({ env: { MATCH_WORKER_IN_PROCESS: 'false', MUTATIONS_MAX: '10000' } });
    buyer = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.fab'] });
    supplier = await signUpMember(api, { countyAdcode: '320214', segmentIds: ['ic.materials'] });
    demand = await publishListing(buyer, { kind: 'DEMAND', segmentId: 'ic.fab', title: '采购12英寸硅片', keywords: ['硅片'] });
    offer = await publishListing(supplier, { kind: 'SUPPLY', segmentId: 'ic.materials', title: '供应12英寸硅片', keywords: ['硅片'] });
    await settle();
  });
  afterAll(() => api.close());

  it('suggests in both directions: suppliers for the demand, buyers for the offer', async () => {
    const forDemand = (await buyer.graphql.data(SUGGEST, { id: demand.id })).matchesForListing;
    const forOffer = (await supplier.graphql.data(SUGGEST, { id: offer.id })).matchesForListing;
    expect(forDemand.map((s: { counterpartListingId: string }) => s.counterpartListingId)).toContain(offer.id);
    expect(forOffer.map((s: { counterpartListingId: string }) => s.counterpartListingId)).toContain(demand.id);
    expect(forOffer[0]).toMatchObject({ demandListingId: demand.id, supplyListingId: offer.id });
  });

  it('stores the pair once as a SUGGESTED match with its explanation and a timeline entry', async () => {
    const matches = await matchesOf(demand.id);
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ status: 'SUGGESTED', factors: 10, events: 1 });
    expect(matches[0].score).toBeGreaterThan(0);
  });

  it('retires the match when a side closes, and revives it when a renewed side is live again', async () => {
    const closed = await supplier.graphql.data(`mutation($id: ID!, $v: Int!) { closeListing(id: $id, expectedVersion: $v) { version } }`,
      { id: offer.id, v: offer.version });
    offer.version = closed.closeListing.version;
    await settle();
    expect((await matchesOf(demand.id))[0]).toMatchObject({ status: 'RETIRED', events: 2 });
    const other = await publishListing(supplier, { kind: 'SUPPLY', segmentId: 'ic.materials', title: '供应12英寸抛光硅片', keywords: ['硅片'] });
    await api.sql(`UPDATE listing SET valid_from = now() - interval '30 days', valid_until = now() - interval '1 second' WHERE id = $1`, [other.id]);
    await settle();
    const renewed = await supplier.graphql.data(`mutation($id: ID!, $v: Int!, $u: DateTime!) { renewListing(id: $id, expectedVersion: $v, validUntil: $u) { status } }`,
      { id: other.id, v: other.version, u: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    expect(renewed.renewListing.status).toBe('ACTIVE');
    await settle();
    const revived = (await matchesOf(other.id))[0];
    expect(revived.status).toBe('SUGGESTED');
  });

  it('leaves curated matches alone when a side changes', async () => {
    const another = await publishListing(supplier, { kind: 'SUPPLY', segmentId: 'ic.materials', title: '硅片现货供应', keywords: ['硅片'] });
    await settle();
    const [match] = await matchesOf(another.id);
    await api.sql(`UPDATE match SET status = 'INTRODUCED' WHERE id = $1`, [match.id]);
    await supplier.graphql.data(`mutation($id: ID!, $v: Int!) { closeListing(id: $id, expectedVersion: $v) { id } }`, { id: another.id, v: another.version });
    await settle();
    expect((await matchesOf(another.id))[0].status).toBe('INTRODUCED');
  });

  it('shows members the matches of their own listings only, best first', async () => {
    const MINE = `query($l: ID) { myMatches(listingId: $l) { totalCount edges { node { id score status } } } }`;
    const own = (await buyer.graphql.data(MINE, { l: demand.id })).myMatches;
    expect(own.totalCount).toBeGreaterThan(0);
    const scores = own.edges.map((e: { node: { score: number } }) => e.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const stranger = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ai.data'] });
    expect((await stranger.graphql.data(MINE, { l: demand.id })).myMatches.totalCount).toBe(0);
    expect((await api.graphql.error(MINE, { l: demand.id })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses suggestions of a listing to other enterprises, allows admins', async () => {
    const stranger = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['biomed.chem_drugs'] });
    expect((await stranger.graphql.error(SUGGEST, { id: demand.id })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const admin = await signInAdmin(api);
    expect((await admin.graphql.data(SUGGEST, { id: demand.id })).matchesForListing.length).toBeGreaterThan(0);
  });
});

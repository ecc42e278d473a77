import { graphql } from '../gql/index.js';
import { signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const PUBLISH = graphql(`mutation PublishListingModeration($id: ID!, $v: Int!) {
  publishListing(id: $id, expectedVersion: $v) { version status moderation { reason } } }`);
const MODERATE = graphql(`mutation ModerateListing($id: ID!, $v: Int!, $r: String!) {
  moderateListing(id: $id, expectedVersion: $v, reason: $r) { status version } }`);
const LISTING = graphql(`query ListingModeration($id: ID!) { listing(id: $id) { status moderation { reason at } } }`);
const LIST = graphql(`query ListingIds($filter: ListingFilter) { listings(first: 100, filter: $filter) { totalCount edges { node { id } } } }`);
const VERIFY = graphql(`mutation VerifyEnterprise($id: ID!) { verifyEnterprise(id: $id) { verified verifiedAt verifiedBy } }`);

describe('alliance staff: verification, moderation, unpublished listings in coverage', () => {
  let api: TestApi;
  let owner: Member;
  let outsider: Member;
  let staff: SignedInClient;

  beforeAll(async () => {
    api = await startTestApi();
    const admin = await signInAdmin(api);
    owner = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    outsider = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['biomed.chem_drugs'] });
    staff = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
  });
  afterAll(() => api.close());

  it('verifies an enterprise in coverage, recording who and when', async () => {
    const { verifyEnterprise } = await staff.graphql.data(VERIFY, { id: owner.enterpriseId });
    expect(verifyEnterprise).toMatchObject({ verified: true, verifiedAt: expect.any(String), verifiedBy: staff.userId });
  });

  it('pauses a listing with a reason its owner sees and nobody else does; republishing clears it', async () => {
    const { id } = await createListing(owner.graphql, listingInput(owner.enterpriseId));
    await owner.graphql.data(PUBLISH, { id, v: 1 });
    expect((await staff.graphql.data(MODERATE, { id, v: 2, r: '产品图片与描述不符，请修改后重新发布' })).moderateListing)
      .toEqual({ status: 'PAUSED', version: 3 });
    expect((await owner.graphql.data(LISTING, { id })).listing?.moderation).toMatchObject({ reason: '产品图片与描述不符，请修改后重新发布' });
    expect((await api.graphql.data(LISTING, { id })).listing).toBeNull();
    expect((await outsider.graphql.data(LISTING, { id })).listing).toBeNull();
    expect((await owner.graphql.data(PUBLISH, { id, v: 3 })).publishListing).toEqual({ version: 4, status: 'ACTIVE', moderation: null });
  });

  it('lets staff list unpublished listings inside their coverage only', async () => {
    const inside = await createListing(owner.graphql, listingInput(owner.enterpriseId));
    const outside = await createListing(outsider.graphql, listingInput(outsider.enterpriseId, { segmentId: 'biomed.chem_drugs' }));
    const { listings } = await staff.graphql.data(LIST, { filter: { statuses: ['DRAFT'] } });
    const ids = listings.edges.map((e) => e.node.id);
    expect(ids).toContain(inside.id);
    expect(ids).not.toContain(outside.id);
  });

  it('lets members list their own drafts but nobody else\'s', async () => {
    const own = await owner.graphql.data(LIST, { filter: { statuses: ['DRAFT'], enterpriseId: owner.enterpriseId } });
    expect(own.listings.totalCount).toBeGreaterThan(0);
    for (const filter of [{ statuses: ['DRAFT'], enterpriseId: owner.enterpriseId }, { statuses: ['DRAFT'] }]) {
      expect((await outsider.graphql.error(LIST, { filter })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await api.graphql.error(LIST, { filter: { statuses: ['DRAFT'] } })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

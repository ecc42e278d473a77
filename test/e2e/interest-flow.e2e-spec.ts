import { graphql } from '../gql/index.js';
import { signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { ACCEPT, activeListingOf, DECLINE, EXPRESS, expressInterest, INTEREST, WITHDRAW } from '../support/interest.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const CONTACT = graphql(`query EnterpriseContact($id: ID!) { enterprise(id: $id) { contact { name phone } } }`);
const RECEIVED = graphql(`query InterestsReceived($status: InterestStatus, $enterpriseId: ID) {
  interestsReceived(first: 50, status: $status, enterpriseId: $enterpriseId) { totalCount edges { node { id status senderEnterprise { id } } } } }`);
const SENT = graphql(`query InterestsSent($status: InterestStatus) {
  interestsSent(first: 50, status: $status) { totalCount edges { node { id status ownerEnterprise { id } } } } }`);
const UPDATE_CONTACT = graphql(`mutation UpdateEnterpriseContact($id: ID!, $v: Int!, $input: UpdateEnterpriseInput!) {
  updateEnterprise(id: $id, expectedVersion: $v, input: $input) { id } }`);
const PAUSE = graphql(`mutation PauseListing($id: ID!, $v: Int!) { pauseListing(id: $id, expectedVersion: $v) { id } }`);
const idsOf = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((edge) => edge.node.id);

describe('interest: express, answer, withdraw', () => {
  let api: TestApi;
  let admin: SignedInClient;
  let owner: Member;
  let sender: Member;
  let outsider: Member;

  const setContact = async (member: Member, name: string) => {
    const [{ version }] = await api.sql(`SELECT version FROM enterprise WHERE id = $1`, [member.enterpriseId]);
    await member.graphql.data(UPDATE_CONTACT, { id: member.enterpriseId, v: version, input: { contact: { name, phone: '13800138000' } } });
  };
  const contactSeen = async (viewer: Member, of: Member) => (await viewer.graphql.data(CONTACT, { id: of.enterpriseId })).enterprise?.contact;
  const stored = async (id: string) => (await api.sql(`SELECT status, version, answered_at, answered_by FROM interest WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000' } });
    admin = await signInAdmin(api);
    owner = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    sender = await signUpMember(api, { countyAdcode: '310115', segmentIds: ['ic.design'] });
    outsider = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ic.design'] });
    await setContact(owner, '封测业务部 王经理');
    await setContact(sender, '采购部 陈女士');
  });
  afterAll(() => api.close());

  it('delivers expressed interest to the owner, shown to both enterprises and nobody else', async () => {
    const listingId = await activeListingOf(owner);
    const interest = await expressInterest(sender, listingId, '  我司每月需要约200万颗QFN封装，请报价。  ');
    expect(interest).toMatchObject({
      status: 'PENDING', message: '我司每月需要约200万颗QFN封装，请报价。', version: 1, answeredAt: null,
      listing: { id: listingId }, ownerEnterprise: { id: owner.enterpriseId }, senderEnterprise: { id: sender.enterpriseId },
    });
    const days = (Date.parse(interest.expiresAt) - Date.parse(interest.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(14, 5);
    expect(idsOf((await owner.graphql.data(RECEIVED)).interestsReceived)).toContain(interest.id);
    expect(idsOf((await sender.graphql.data(SENT)).interestsSent)).toContain(interest.id);
    expect(idsOf((await sender.graphql.data(RECEIVED)).interestsReceived)).not.toContain(interest.id);
    expect((await owner.graphql.data(INTEREST, { id: interest.id })).interest?.id).toBe(interest.id);
    expect((await admin.graphql.data(INTEREST, { id: interest.id })).interest?.id).toBe(interest.id);
    expect((await outsider.graphql.data(INTEREST, { id: interest.id })).interest).toBeNull();
    expect((await api.graphql.error(INTEREST, { id: interest.id })).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reveals contacts both ways when the owner accepts, and not before', async () => {
    const interest = await expressInterest(sender, await activeListingOf(owner));
    expect([await contactSeen(sender, owner), await contactSeen(owner, sender)]).toEqual([null, null]);
    const { acceptInterest } = await owner.graphql.data(ACCEPT, { id: interest.id, v: 1 });
    expect(acceptInterest).toMatchObject({ status: 'ACCEPTED', version: 2, answeredAt: expect.any(String) });
    expect(await contactSeen(sender, owner)).toEqual({ name: '封测业务部 王经理', phone: '13800138000' });
    expect(await contactSeen(owner, sender)).toEqual({ name: '采购部 陈女士', phone: '13800138000' });
    expect(await contactSeen(outsider, owner)).toBeNull();
    expect((await stored(interest.id)).answered_by).toBe(owner.userId);
  });

  it('lets the owner decline with a reason the sender reads; a second answer is a CONFLICT', async () => {
    const interest = await expressInterest(outsider, await activeListingOf(owner));
    const { declineInterest } = await owner.graphql.data(DECLINE, { id: interest.id, v: 1, reason: '产能已排满至明年三月' });
    expect(declineInterest).toMatchObject({ status: 'DECLINED', declineReason: '产能已排满至明年三月', version: 2 });
    expect((await outsider.graphql.data(INTEREST, { id: interest.id })).interest?.declineReason).toBe('产能已排满至明年三月');
    expect((await owner.graphql.error(ACCEPT, { id: interest.id, v: 2 })).extensions)
      .toMatchObject({ code: 'CONFLICT', reason: 'INTEREST_ALREADY_SETTLED', status: 'DECLINED' });
    expect(await contactSeen(outsider, owner)).toBeNull();
  });

  it('refuses a non-owner\'s answer with FORBIDDEN and writes nothing', async () => {
    const interest = await expressInterest(outsider, await activeListingOf(owner));
    const before = await stored(interest.id);
    for (const intruder of [outsider, sender]) {
      expect((await intruder.graphql.error(ACCEPT, { id: interest.id, v: 1 })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_INTEREST_OWNER' });
      expect((await intruder.graphql.error(DECLINE, { id: interest.id, v: 1 })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await admin.graphql.error(ACCEPT, { id: interest.id, v: 1 })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    expect((await owner.graphql.error(WITHDRAW, { id: interest.id, v: 1 })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_INTEREST_SENDER' });
    expect(await stored(interest.id)).toEqual(before);
    expect(await api.sql(`SELECT 1 FROM contact_grant WHERE source_id = $1`, [interest.id])).toEqual([]);
  });

  it('refuses a stale version with CONFLICT', async () => {
    const interest = await expressInterest(outsider, await activeListingOf(owner));
    expect((await owner.graphql.error(ACCEPT, { id: interest.id, v: 7 })).extensions)
      .toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', expectedVersion: 7, currentVersion: 1 });
    expect((await stored(interest.id)).status).toBe('PENDING');
  });

  it('refuses interest in the enterprise\'s own listing, and in one that is not ACTIVE', async () => {
    const own = await activeListingOf(sender);
    expect((await sender.graphql.error(EXPRESS, { listingId: own, message: '自荐' })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OWN_LISTING' });
    const draft = await createListing(owner.graphql, listingInput(owner.enterpriseId));
    const paused = await activeListingOf(owner);
    await owner.graphql.data(PAUSE, { id: paused, v: 2 });
    for (const listingId of [draft.id, paused]) {
      expect((await sender.graphql.error(EXPRESS, { listingId, message: '有意向' })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'LISTING_NOT_ACTIVE' });
    }
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await sender.graphql.error(EXPRESS, { listingId: unknown, message: '有意向' })).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('allows one pending interest per listing and enterprise; withdrawing it allows a new one', async () => {
    const listingId = await activeListingOf(owner);
    const first = await expressInterest(sender, listingId);
    expect((await sender.graphql.error(EXPRESS, { listingId, message: '再问一次' })).extensions)
      .toMatchObject({ code: 'CONFLICT', reason: 'INTEREST_ALREADY_PENDING' });
    expect((await owner.graphql.error(WITHDRAW, { id: first.id, v: 1 })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    const { withdrawInterest } = await sender.graphql.data(WITHDRAW, { id: first.id, v: 1 });
    expect(withdrawInterest).toMatchObject({ status: 'WITHDRAWN', version: 2, withdrawnAt: expect.any(String), answeredAt: null });
    expect((await expressInterest(sender, listingId)).status).toBe('PENDING');
    expect((await expressInterest(outsider, listingId)).status).toBe('PENDING');
  });

  it('checks the message: not blank, at most 2000 characters', async () => {
    const listingId = await activeListingOf(owner);
    for (const message of ['   ', '询'.repeat(2001)]) {
      expect((await sender.graphql.error(EXPRESS, { listingId, message })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
    }
    expect((await expressInterest(sender, listingId, '询'.repeat(2000))).message).toHaveLength(2000);
  });

  it('lists by status as of now; members list their own enterprise, admins name one, staff none', async () => {
    const accepted = (await owner.graphql.data(RECEIVED, { status: 'ACCEPTED' })).interestsReceived;
    expect(accepted.totalCount).toBe(1);
    expect(accepted.edges[0].node).toMatchObject({ status: 'ACCEPTED', senderEnterprise: { id: sender.enterpriseId } });
    expect((await owner.graphql.data(RECEIVED, { enterpriseId: owner.enterpriseId })).interestsReceived.totalCount).toBeGreaterThan(1);
    expect((await owner.graphql.error(RECEIVED, { enterpriseId: sender.enterpriseId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await admin.graphql.error(RECEIVED, {})).extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ENTERPRISE_REQUIRED' });
    const asAdmin = (await admin.graphql.data(RECEIVED, { enterpriseId: owner.enterpriseId })).interestsReceived;
    expect(asAdmin.totalCount).toBe((await owner.graphql.data(RECEIVED)).interestsReceived.totalCount);
    const staff = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    expect((await staff.graphql.error(RECEIVED, { enterpriseId: owner.enterpriseId })).extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('records each interest mutation in the audit log against the interest', async () => {
    const interest = await expressInterest(outsider, await activeListingOf(owner));
    await owner.graphql.data(DECLINE, { id: interest.id, v: 1 });
    const rows = await api.sql(`SELECT action, target_type, outcome FROM audit_log WHERE target_id = $1 ORDER BY id`, [interest.id]);
    expect(rows).toEqual([
      { action: 'expressInterest', target_type: 'INTEREST', outcome: 'OK' },
      { action: 'declineInterest', target_type: 'INTEREST', outcome: 'OK' },
    ]);
  });
});

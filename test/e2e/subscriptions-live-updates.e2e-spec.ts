import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { InterestExpirySweeper } from '@chainmatch/interest';
import { randomUUID } from 'node:crypto';
import { LOGOUT, signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { ACCEPT, activeListingOf, expressInterest } from '../support/interest.js';
import { connectLive, insertMatchRow, LiveSubscription, untilLive } from '../support/subscriptions.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import type { Client } from 'graphql-ws';

const RECEIVED = `subscription { interestReceived { interestId listingId status interest { id message senderEnterprise { id } listing { id } } } }`;
const ANSWERED = `subscription { interestAnswered { interestId status interest { id status } } }`;
const SUGGESTED = `subscription { matchSuggested { kind matchId status match { id score status } } }`;
const QUEUE = `subscription { curationQueueChanged { kind matchId status chainId match { id } } }`;

describe('live updates over graphql-ws', () => {
  let api: TestApi;
  let bus: EventBus;
  let admin: SignedInClient;
  let owner: Member;
  let sender: Member;
  let outsider: Member;
  const clients: Client[] = [];

  const live = (token: string | undefined, query: string) => {
    const client = connectLive(api.baseUrl, token);
    clients.push(client);
    return new LiveSubscription(client, query);
  };
  const field = (result: { data?: any }) => (result.data ? Object.values(result.data)[0] as Record<string, any> : undefined);

  /** Probes each subscription kind understands: events meant for `enterpriseId` (or a coverage) about nothing real. */
  const PROBE = randomUUID();
  const isProbe = (result: { data?: any }) => field(result)?.interestId === PROBE || field(result)?.matchId === PROBE;
  const probeInterest = (topic: 'interest.received' | 'interest.answered', member: Member) => () =>
    bus.publish(topic, { interestId: PROBE, listingId: PROBE, status: 'DECLINED', ownerEnterpriseId: member.enterpriseId, senderEnterpriseId: member.enterpriseId });
  const probeMatch = (demandEnterpriseId: string, chainId = 'ic', provinceAdcodes = ['320000']) => () =>
    bus.publish('match.suggested', { matchId: PROBE, demandEnterpriseId, supplyEnterpriseId: demandEnterpriseId, chainId, provinceAdcodes });

  /** The next event about `matchId`: staff and admins also hear of the matching worker's own suggestions. */
  const nextAbout = async (subscription: LiveSubscription, matchId: string) => {
    for (;;) {
      const event = field(await subscription.next());
      if (event?.matchId === matchId) return event;
    }
  };
  /** Nothing else reached `subscription` before a probe published now (events arrive in commit order). */
  const expectNothingBefore = async (subscription: LiveSubscription, publishProbe: () => Promise<void>) => {
    await publishProbe();
    const next = await subscription.next();
    expect({ probe: isProbe(next), next }).toEqual({ probe: true, next });
  };

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000' } });
    bus = api.app.get(EVENT_BUS);
    admin = await signInAdmin(api);
    owner = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    sender = await signUpMember(api, { countyAdcode: '310115', segmentIds: ['ic.design'] });
    outsider = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ic.design'] });
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
    await api.close();
  });

  it('tells the owner\'s members of interest in their listing, and nobody else', async () => {
    const [ownerLive, outsiderLive] = [live(owner.accessToken, RECEIVED), live(outsider.accessToken, RECEIVED)];
    await untilLive(ownerLive, probeInterest('interest.received', owner), isProbe);
    await untilLive(outsiderLive, probeInterest('interest.received', outsider), isProbe);
    const listingId = await activeListingOf(owner);
    const interest = await expressInterest(sender, listingId, '希望采购贵司封装服务');
    expect(await ownerLive.nextData()).toEqual({ interestReceived: {
      interestId: interest.id, listingId, status: 'PENDING',
      interest: { id: interest.id, message: '希望采购贵司封装服务', senderEnterprise: { id: sender.enterpriseId }, listing: { id: listingId } },
    } });
    await expectNothingBefore(outsiderLive, probeInterest('interest.received', outsider));
  });

  it('tells the sender\'s members of the answer, and of expiry without one', async () => {
    const senderLive = live(sender.accessToken, ANSWERED);
    await untilLive(senderLive, probeInterest('interest.answered', sender), isProbe);
    const accepted = await expressInterest(sender, await activeListingOf(owner));
    await owner.graphql.data(ACCEPT, { id: accepted.id, v: 1 });
    expect(await senderLive.nextData()).toEqual({ interestAnswered: { interestId: accepted.id, status: 'ACCEPTED', interest: { id: accepted.id, status: 'ACCEPTED' } } });
    const lapsed = await expressInterest(sender, await activeListingOf(owner));
    await api.sql(`UPDATE interest SET created_at = now() - interval '15 days', expires_at = now() - interval '1 day' WHERE id = $1`, [lapsed.id]);
    await api.app.get(InterestExpirySweeper).sweep();
    expect(await senderLive.nextData()).toEqual({ interestAnswered: { interestId: lapsed.id, status: 'EXPIRED', interest: { id: lapsed.id, status: 'EXPIRED' } } });
  });

  it('refuses a subscription without a signed-in user, or by a role it is not for', async () => {
    const anonymous = live(undefined, RECEIVED);
    expect((await anonymous.next()).errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    const staff = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    const wrongRole = live(staff.accessToken, RECEIVED);
    expect((await wrongRole.next()).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
  });

  it('closes a connection that presents an invalid or revoked token (4403)', async () => {
    expect(await live('not-a-token', RECEIVED).failed()).toMatchObject({ code: 4403 });
    const leaving = await signUpMember(api);
    await leaving.graphql.data(LOGOUT);
    expect(await live(leaving.accessToken, RECEIVED).failed()).toMatchObject({ code: 4403 });
  });

  it('serves only subscriptions over the WebSocket, within the query limits', async () => {
    const query = live(owner.accessToken, `{ me { id } }`);
    expect(await query.failed()).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST', reason: 'NOT_A_SUBSCRIPTION' } })]);
    const deep = `subscription { interestReceived { interest { listing { ... on Listing { enterprise { segments { chain { segments { chain { segments { chain { id } } } } } } } } } } } }`;
    expect(await live(owner.accessToken, deep).failed()).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_DEEP' }) })]);
  });

  it('tells match suggestions to the two enterprises\' members, and the curation queue to covering staff and admins', async () => {
    const staffIn = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    const staffOut = await signInStaff(api, admin.graphql, ['biomed'], ['330000']);
    const [ownerLive, outsiderLive] = [live(owner.accessToken, SUGGESTED), live(outsider.accessToken, SUGGESTED)];
    const [inLive, outLive, adminLive] = [live(staffIn.accessToken, QUEUE), live(staffOut.accessToken, QUEUE), live(admin.accessToken, QUEUE)];
    await untilLive(ownerLive, probeMatch(owner.enterpriseId), isProbe);
    await untilLive(outsiderLive, probeMatch(outsider.enterpriseId), isProbe);
    await untilLive(inLive, probeMatch(PROBE, 'ic', ['320000']), isProbe);
    await untilLive(outLive, probeMatch(PROBE, 'biomed', ['330000']), isProbe);
    await untilLive(adminLive, probeMatch(PROBE, 'ai', ['340000']), isProbe); // a coverage no staff here has

    const demand = await createListing(owner.graphql, listingInput(owner.enterpriseId, { kind: 'DEMAND' }));
    const supply = await createListing(sender.graphql, listingInput(sender.enterpriseId));
    const match = await insertMatchRow(api.sql, { listingId: demand.id, enterpriseId: owner.enterpriseId, provinceAdcode: '320000' },
      { listingId: supply.id, enterpriseId: sender.enterpriseId, provinceAdcode: '310000' });
    const { id: matchId, ...facts } = match;
    await bus.publish('match.suggested', { matchId, ...facts });
    await bus.publish('match.changed', { matchId, ...facts, status: 'SHORTLISTED' });

    expect(await nextAbout(ownerLive, matchId)).toEqual({ kind: 'SUGGESTED', matchId, status: 'SUGGESTED', match: { id: matchId, score: 0.8125, status: 'SUGGESTED' } });
    for (const curator of [inLive, adminLive]) {
      expect(await nextAbout(curator, matchId)).toEqual({ kind: 'SUGGESTED', matchId, status: 'SUGGESTED', chainId: 'ic', match: { id: matchId } });
      expect(await nextAbout(curator, matchId)).toEqual({ kind: 'STATUS_CHANGED', matchId, status: 'SHORTLISTED', chainId: 'ic', match: { id: matchId } });
    }
    await expectNothingBefore(outsiderLive, probeMatch(outsider.enterpriseId));
    await expectNothingBefore(outLive, probeMatch(PROBE, 'biomed', ['330000']));
  });
});

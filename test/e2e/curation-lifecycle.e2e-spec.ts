import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { signInAdmin, signInStaff, signUpMember, type Member, type SignedInClient } from '../support/accounts.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { createMatch, matchState, WITHOUT_MATCH_WORKER } from '../support/matches.js';
import { connectLive, LiveSubscription, untilLive } from '../support/subscriptions.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const MATCH_FIELDS = 'id status version dismissReason noDealReason orderAmountCny';
const SHORTLIST = `mutation($id: ID!, $v: Int!, $note: String) { shortlistMatch(id: $id, expectedVersion: $v, note: $note) { ${MATCH_FIELDS} } }`;
const DISMISS = `mutation($id: ID!, $v: Int!, $reason: MatchDismissReason!, $note: String) {
  dismissMatch(id: $id, expectedVersion: $v, reason: $reason, note: $note) { ${MATCH_FIELDS} } }`;
const INTRODUCE = `mutation($id: ID!, $v: Int!, $note: String!) { introduceMatch(id: $id, expectedVersion: $v, note: $note) { ${MATCH_FIELDS} } }`;
const OUTCOME = `mutation($id: ID!, $v: Int!, $outcome: MatchOutcome!, $amount: Float, $reason: String, $note: String) {
  recordMatchOutcome(id: $id, expectedVersion: $v, outcome: $outcome, orderAmountCny: $amount, noDealReason: $reason, note: $note) { ${MATCH_FIELDS} } }`;
const MATCH = `query($id: ID!) { match(id: $id) { ${MATCH_FIELDS} demandListing { id kind } supplyListing { id kind }
  timeline { fromStatus toStatus actorUserId note at } } }`;
const CONTACT = `query($id: ID!) { enterprise(id: $id) { contact { name } } }`;
const AUDIT_LOG = `query($filter: AuditLogFilter) { auditLog(first: 10, filter: $filter) { edges { node { action outcome } } } }`;

describe('curation: the life of a match', () => {
  let api: TestApi;
  let admin: SignedInClient;
  let buyer: Member;
  let seller: Member;
  let bystander: Member;
  let staff: SignedInClient;
  let staffOfSupplySide: SignedInClient;
  let staffOutside: SignedInClient;

  /** Runs a step that must succeed and returns the match it answers with. */
  const step = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) =>
    Object.values(await client.data(query, variables))[0] as Record<string, any>;
  const timelineOf = async (id: string) => (await staff.graphql.data(MATCH, { id })).match.timeline as Record<string, any>[];

  beforeAll(async () => {
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000', ...WITHOUT_MATCH_WORKER } });
    admin = await signInAdmin(api);
    buyer = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] }); // Suzhou, Jiangsu
    seller = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ic.packaging'] }); // Hangzhou, Zhejiang
    bystander = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    staff = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    staffOfSupplySide = await signInStaff(api, admin.graphql, ['ic'], ['330000']);
    staffOutside = await signInStaff(api, admin.graphql, ['ic', 'biomed'], ['340000', '310000']);
  });
  afterAll(() => api.close());

  it('goes SUGGESTED → SHORTLISTED → INTRODUCED → MEETING_HELD → SAMPLE_SENT → ORDER_PLACED, keeping every step', async () => {
    const { id } = await createMatch(api, buyer, seller, { score: 0.82 });
    expect(await step(staff.graphql, SHORTLIST, { id, v: 1, note: '  需求明确，优先跟进  ' })).toMatchObject({ status: 'SHORTLISTED', version: 2 });
    expect(await step(staff.graphql, INTRODUCE, { id, v: 2, note: '已电话介绍双方负责人' })).toMatchObject({ status: 'INTRODUCED', version: 3 });
    expect(await step(staffOfSupplySide.graphql, OUTCOME, { id, v: 3, outcome: 'MEETING_HELD', note: '双方在杭州会面' }))
      .toMatchObject({ status: 'MEETING_HELD', version: 4 });
    expect(await step(admin.graphql, OUTCOME, { id, v: 4, outcome: 'SAMPLE_SENT' })).toMatchObject({ status: 'SAMPLE_SENT', version: 5 });
    expect(await step(staff.graphql, OUTCOME, { id, v: 5, outcome: 'ORDER_PLACED', amount: 1_250_000.5, note: '首批订单' }))
      .toEqual({ id, status: 'ORDER_PLACED', version: 6, orderAmountCny: 1_250_000.5, noDealReason: null, dismissReason: null });

    const timeline = await timelineOf(id);
    expect(timeline.map(({ at: _at, ...rest }) => rest)).toEqual([
      { fromStatus: 'SUGGESTED', toStatus: 'SHORTLISTED', actorUserId: staff.userId, note: '需求明确，优先跟进' },
      { fromStatus: 'SHORTLISTED', toStatus: 'INTRODUCED', actorUserId: staff.userId, note: '已电话介绍双方负责人' },
      { fromStatus: 'INTRODUCED', toStatus: 'MEETING_HELD', actorUserId: staffOfSupplySide.userId, note: '双方在杭州会面' },
      { fromStatus: 'MEETING_HELD', toStatus: 'SAMPLE_SENT', actorUserId: admin.userId, note: null },
      { fromStatus: 'SAMPLE_SENT', toStatus: 'ORDER_PLACED', actorUserId: staff.userId, note: '首批订单' },
    ]);
    const times = timeline.map((entry) => Date.parse(entry.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Date.now() - times[0]).toBeLessThan(60_000);
  });

  it('ends in NO_DEAL with its reason, after requiring it', async () => {
    const { id } = await createMatch(api, buyer, seller);
    await step(staff.graphql, SHORTLIST, { id, v: 1 });
    await step(staff.graphql, INTRODUCE, { id, v: 2, note: '邮件介绍' });
    const missing = await staff.graphql.error(OUTCOME, { id, v: 3, outcome: 'NO_DEAL' });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'noDealReason', reason: 'OUTCOME_DETAIL_REQUIRED' });
    expect(await step(staff.graphql, OUTCOME, { id, v: 3, outcome: 'NO_DEAL', reason: '交期无法满足' }))
      .toMatchObject({ status: 'NO_DEAL', version: 4, noDealReason: '交期无法满足', orderAmountCny: null });
    expect((await timelineOf(id)).map((entry) => entry.toStatus)).toEqual(['SHORTLISTED', 'INTRODUCED', 'NO_DEAL']);
  });

  it('checks the details of each outcome before anything is written', async () => {
    const { id } = await createMatch(api, buyer, seller, { status: 'INTRODUCED' });
    const before = await matchState(api, id);
    const refusals = [
      [{ outcome: 'ORDER_PLACED' }, 'orderAmountCny', 'OUTCOME_DETAIL_REQUIRED'],
      [{ outcome: 'MEETING_HELD', amount: 100 }, 'orderAmountCny', 'OUTCOME_DETAIL_NOT_ALLOWED'],
      [{ outcome: 'SAMPLE_SENT', reason: '无' }, 'noDealReason', 'OUTCOME_DETAIL_NOT_ALLOWED'],
    ] as const;
    for (const [args, field, reason] of refusals) {
      expect((await staff.graphql.error(OUTCOME, { id, v: 1, ...args })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    }
    const negative = await staff.graphql.error(OUTCOME, { id, v: 1, outcome: 'ORDER_PLACED', amount: -5 });
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderAmountCny' });
    const longNote = await staff.graphql.error(OUTCOME, { id, v: 1, outcome: 'MEETING_HELD', note: '长'.repeat(2001) });
    expect(longNote.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(await matchState(api, id)).toEqual(before);
  });

  it('dismisses a match with a reason code', async () => {
    const { id } = await createMatch(api, buyer, seller);
    await step(staff.graphql, SHORTLIST, { id, v: 1 });
    expect(await step(staff.graphql, DISMISS, { id, v: 2, reason: 'PRICE_MISMATCH', note: '报价高出预算一倍' }))
      .toMatchObject({ status: 'DISMISSED', version: 3, dismissReason: 'PRICE_MISMATCH' });
    expect((await timelineOf(id)).at(-1)).toMatchObject({ fromStatus: 'SHORTLISTED', toStatus: 'DISMISSED', note: '报价高出预算一倍' });
    const unknown = await staff.graphql.error(DISMISS, { id, v: 3, reason: 'NO_SUCH_REASON' });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses an illegal step with CONFLICT ILLEGAL_MATCH_TRANSITION and writes nothing', async () => {
    const suggested = await createMatch(api, buyer, seller);
    const dismissed = await createMatch(api, buyer, seller, { status: 'DISMISSED' });
    const introduced = await createMatch(api, buyer, seller, { status: 'INTRODUCED' });
    const attempts: [string, string, Record<string, unknown>, string][] = [
      [suggested.id, INTRODUCE, { note: '跳过入围' }, 'SUGGESTED'],
      [suggested.id, OUTCOME, { outcome: 'MEETING_HELD' }, 'SUGGESTED'],
      [dismissed.id, SHORTLIST, {}, 'DISMISSED'],
      [introduced.id, DISMISS, { reason: 'OTHER' }, 'INTRODUCED'],
      [introduced.id, SHORTLIST, {}, 'INTRODUCED'],
    ];
    for (const [id, mutation, args, status] of attempts) {
      const before = await matchState(api, id);
      const error = await staff.graphql.error(mutation, { id, v: 1, ...args });
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_MATCH_TRANSITION', status });
      expect(await matchState(api, id)).toEqual(before);
    }
  });

  it('refuses a stale version with CONFLICT STALE_VERSION and writes nothing', async () => {
    const { id } = await createMatch(api, buyer, seller);
    await step(staff.graphql, SHORTLIST, { id, v: 1 });
    const before = await matchState(api, id);
    const error = await staffOfSupplySide.graphql.error(DISMISS, { id, v: 1, reason: 'DUPLICATE' });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', expectedVersion: 1, currentVersion: 2 });
    expect(await matchState(api, id)).toEqual(before);
  });

  it('lets exactly one of two simultaneous steps from the same version through', async () => {
    const { id } = await createMatch(api, buyer, seller);
    const results = await Promise.all([
      staff.graphql.request(SHORTLIST, { id, v: 1 }),
      staffOfSupplySide.graphql.request(DISMISS, { id, v: 1, reason: 'OTHER' }),
    ]);
    const outcomes = results.map((result) => result.errors?.[0]?.extensions?.reason ?? 'OK').sort();
    expect(outcomes).toEqual(['OK', 'STALE_VERSION']);
    expect((await timelineOf(id)).length).toBe(1);
  });

  it('refuses staff outside the match\'s coverage with FORBIDDEN and writes nothing; members may not curate', async () => {
    const { id } = await createMatch(api, buyer, seller);
    const before = await matchState(api, id);
    expect((await staffOutside.graphql.error(SHORTLIST, { id, v: 1 })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_COVERAGE' });
    expect((await buyer.graphql.error(SHORTLIST, { id, v: 1 })).extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await api.graphql.error(SHORTLIST, { id, v: 1 })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await matchState(api, id)).toEqual(before);
    const unknownId = '00000000-0000-4000-8000-000000000000';
    expect((await staff.graphql.error(SHORTLIST, { id: unknownId, v: 1 })).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('reveals each party\'s contact details to the other on introduction, not before', async () => {
    const first = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    const second = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ic.packaging'] });
    for (const [member, name] of [[first, '王经理'], [second, '李总']] as const) {
      const { enterprise } = await member.graphql.data(`query($id: ID!) { enterprise(id: $id) { version } }`, { id: member.enterpriseId });
      await member.graphql.data(`mutation($id: ID!, $v: Int!, $name: String!) {
        updateEnterprise(id: $id, expectedVersion: $v, input: { contact: { name: $name } }) { id } }`, { id: member.enterpriseId, v: enterprise.version, name });
    }
    const contactSeen = async (viewer: Member, owner: Member) => (await viewer.graphql.data(CONTACT, { id: owner.enterpriseId })).enterprise.contact;
    const { id } = await createMatch(api, first, second, { status: 'SHORTLISTED' });
    expect([await contactSeen(first, second), await contactSeen(second, first)]).toEqual([null, null]);
    await step(staff.graphql, INTRODUCE, { id, v: 1, note: '介绍双方' });
    expect([await contactSeen(first, second), await contactSeen(second, first)]).toEqual([{ name: '李总' }, { name: '王经理' }]);
    expect(await contactSeen(bystander, first)).toBeNull();
  });

  it('shows a match to its curators and its two enterprises; the parties see the steps, not who or the notes', async () => {
    const match = await createMatch(api, buyer, seller);
    await step(staff.graphql, SHORTLIST, { id: match.id, v: 1, note: '内部备注' });
    const asStaff = (await staff.graphql.data(MATCH, { id: match.id })).match;
    expect(asStaff).toMatchObject({
      demandListing: { id: match.demandListingId, kind: 'DEMAND' }, supplyListing: { id: match.supplyListingId, kind: 'SUPPLY' },
      timeline: [{ toStatus: 'SHORTLISTED', actorUserId: staff.userId, note: '内部备注' }],
    });
    for (const party of [buyer, seller]) {
      expect((await party.graphql.data(MATCH, { id: match.id })).match.timeline)
        .toEqual([{ fromStatus: 'SUGGESTED', toStatus: 'SHORTLISTED', actorUserId: null, note: null, at: expect.any(String) }]);
    }
    for (const outsider of [bystander, staffOutside]) expect((await outsider.graphql.data(MATCH, { id: match.id })).match).toBeNull();
    expect((await api.graphql.error(MATCH, { id: match.id })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('keeps every attempted step in the audit log, readable by the staff covering the match', async () => {
    const { id } = await createMatch(api, buyer, seller);
    await step(staff.graphql, SHORTLIST, { id, v: 1 });
    await staffOutside.graphql.error(SHORTLIST, { id, v: 2 });
    const entriesSeenBy = async (client: GraphQLClient) => (await client.data(AUDIT_LOG, { filter: { targetType: 'MATCH', targetId: id } }))
      .auditLog.edges.map(({ node }: { node: Record<string, string> }) => `${node.action}:${node.outcome}`);
    for (let tries = 0; tries < 50 && (await entriesSeenBy(admin.graphql)).length < 2; tries += 1) await new Promise((r) => setTimeout(r, 20));
    const expected = ['shortlistMatch:FORBIDDEN', 'shortlistMatch:OK'];
    expect(await entriesSeenBy(admin.graphql)).toEqual(expected);
    expect(await entriesSeenBy(staffOfSupplySide.graphql)).toEqual(expected);
    expect(await entriesSeenBy(staffOutside.graphql)).toEqual([]);
  });

  it('announces each step on match.changed when it commits', async () => {
    const events = await api.app.get<EventBus>(EVENT_BUS).subscribe('match.changed');
    const { id } = await createMatch(api, buyer, seller);
    await step(staff.graphql, SHORTLIST, { id, v: 1 });
    let timer: NodeJS.Timeout | undefined;
    const next = await Promise.race([events.next(), new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), 5000); })]);
    clearTimeout(timer);
    await events.return?.();
    expect(next).toEqual({ done: false, value: {
      matchId: id, status: 'SHORTLISTED', chainId: 'ic', provinceAdcodes: ['320000', '330000'],
      demandEnterpriseId: buyer.enterpriseId, supplyEnterpriseId: seller.enterpriseId,
    } });
  });

  it('offers each curator the steps the lifecycle allows now, and the two enterprises none', async () => {
    const { id } = await createMatch(api, buyer, seller);
    const NEXT = `query($id: ID!) { match(id: $id) { nextSteps } }`;
    const nextSteps = async (client: GraphQLClient) => (await client.data(NEXT, { id })).match.nextSteps;
    expect(await nextSteps(staff.graphql)).toEqual(['SHORTLISTED', 'DISMISSED']);
    expect(await nextSteps(buyer.graphql)).toEqual([]);
    await step(staff.graphql, SHORTLIST, { id, v: 1 });
    await step(staff.graphql, INTRODUCE, { id, v: 2, note: '已介绍' });
    expect(await nextSteps(admin.graphql)).toEqual(['MEETING_HELD', 'SAMPLE_SENT', 'ORDER_PLACED', 'NO_DEAL']);
    expect(await nextSteps(seller.graphql)).toEqual([]);
  });

  it('tells both enterprises\' members of each step live (myMatchChanged), and no other member', async () => {
    const CHANGED = `subscription { myMatchChanged { kind matchId status match { id } } }`;
    const clients: Client[] = [];
    const live = (member: Member) => {
      const client = connectLive(api.baseUrl, member.accessToken);
      clients.push(client);
      return new LiveSubscription(client, CHANGED);
    };
    const probeId = randomUUID();
    const probeFor = (member: Member) => () => api.app.get<EventBus>(EVENT_BUS).publish('match.changed', {
      matchId: probeId, status: 'SHORTLISTED', chainId: 'ic', provinceAdcodes: ['320000'],
      demandEnterpriseId: member.enterpriseId, supplyEnterpriseId: member.enterpriseId,
    });
    const isProbe = (result: { data?: any }) => result.data?.myMatchChanged?.matchId === probeId;
    try {
      const [buyerLive, sellerLive, bystanderLive] = [live(buyer), live(seller), live(bystander)];
      for (const [subscription, member] of [[buyerLive, buyer], [sellerLive, seller], [bystanderLive, bystander]] as const) {
        await untilLive(subscription, probeFor(member), isProbe);
      }
      const { id } = await createMatch(api, buyer, seller);
      await step(staff.graphql, SHORTLIST, { id, v: 1 });
      await step(staff.graphql, INTRODUCE, { id, v: 2, note: '已介绍' });
      await step(staff.graphql, OUTCOME, { id, v: 3, outcome: 'ORDER_PLACED', amount: 88_000 });
      // `match` is read when each event is delivered (how it stands then), so only its id is certain here.
      for (const party of [buyerLive, sellerLive]) {
        expect([await party.nextData(), await party.nextData(), await party.nextData()]).toEqual([
          { myMatchChanged: { kind: 'STATUS_CHANGED', matchId: id, status: 'SHORTLISTED', match: { id } } },
          { myMatchChanged: { kind: 'STATUS_CHANGED', matchId: id, status: 'INTRODUCED', match: { id } } },
          { myMatchChanged: { kind: 'STATUS_CHANGED', matchId: id, status: 'ORDER_PLACED', match: { id } } },
        ]);
      }
      await probeFor(bystander)();
      expect(isProbe(await bystanderLive.next())).toBe(true); // the steps before the probe never reached the bystander
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });
});

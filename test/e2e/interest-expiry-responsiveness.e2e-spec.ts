import { InterestExpirySweeper, ResponsivenessService } from '@chainmatch/interest';
import { BackgroundLoops } from '../../apps/api/src/background/background-loops.service.js';
import { signUpMember, type Member } from '../support/accounts.js';
import { ACCEPT, activeListingOf, expressInterest, INTEREST } from '../support/interest.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { startWorker } from '../support/workers.js';

const RESPONSIVENESS = `query($id: ID!) { enterprise(id: $id) { responsiveness { medianResponseHours answeredCount expiredCount } } }`;
const RECEIVED_EXPIRED = `{ interestsReceived(first: 50, status: EXPIRED) { edges { node { id status } } } }`;

describe('interest expiry and responsiveness', () => {
  let api: TestApi;
  let owner: Member;
  let sender: Member;

  /** Moves an interest's clock back so that it expired `agoHours` ago after waiting `periodDays`. */
  const expireInPast = (id: string, periodDays = 14, agoHours = 1) => api.sql(
    `UPDATE interest SET created_at = now() - make_interval(days => $2, hours => $3), expires_at = now() - make_interval(hours => $3) WHERE id = $1`,
    [id, periodDays, agoHours],
  );
  const storedStatus = async (id: string) => (await api.sql(`SELECT status, version FROM interest WHERE id = $1`, [id]))[0];

  beforeAll(async () => {
    // No sweeper in the API: what a test sees stored is what it did itself, never a timer's race.
    api = await startTestApi({ env: { MUTATIONS_MAX: '10000', SWEEPERS_IN_PROCESS: 'false' } });
    owner = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    sender = await signUpMember(api, { countyAdcode: '340104', segmentIds: ['ic.design'] });
  });
  afterAll(() => api.close());

  describe('expiry', () => {
    it('reads unanswered interest past its expiry as EXPIRED at once, and refuses to answer it', async () => {
      const listingId = await activeListingOf(owner);
      const interest = await expressInterest(sender, listingId);
      await expireInPast(interest.id);
      expect((await sender.graphql.data(INTEREST, { id: interest.id })).interest?.status).toBe('EXPIRED');
      expect((await owner.graphql.data(RECEIVED_EXPIRED)).interestsReceived.edges.map((e: any) => e.node.id)).toContain(interest.id);
      expect(await storedStatus(interest.id)).toEqual({ status: 'PENDING', version: 1 });
      expect((await owner.graphql.error(ACCEPT, { id: interest.id, v: 1 })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'INTEREST_EXPIRED' });
      // The expired one no longer blocks a new request for the same listing.
      expect((await expressInterest(sender, listingId)).status).toBe('PENDING');
      expect(await storedStatus(interest.id)).toEqual({ status: 'EXPIRED', version: 2 });
    });

    it('has the sweeper store EXPIRED (with a new version) on due interest only', async () => {
      const due = await expressInterest(sender, await activeListingOf(owner));
      const current = await expressInterest(sender, await activeListingOf(owner));
      await expireInPast(due.id);
      expect(await api.app.get(InterestExpirySweeper).sweep()).toBe(1);
      expect(await storedStatus(due.id)).toEqual({ status: 'EXPIRED', version: 2 });
      expect(await storedStatus(current.id)).toEqual({ status: 'PENDING', version: 1 });
      expect(await api.app.get(InterestExpirySweeper).sweep()).toBe(0);
    });

    it('runs the sweeper on its loop (INTEREST_SWEEP_MS) in a sweepers process', async () => {
      const due = await expressInterest(sender, await activeListingOf(owner));
      await expireInPast(due.id);
      const sweepers = await startWorker(api.databaseUrl, ['sweepers'], { INTEREST_SWEEP_MS: '1000' });
      try {
        // A pass that starts after the interest fell due must store it.
        await sweepers.get(BackgroundLoops).runner('interest-expiry').nextPass();
        expect(await storedStatus(due.id)).toEqual({ status: 'EXPIRED', version: 2 });
      } finally {
        await sweepers.close();
      }
    });
  });

  describe('responsiveness', () => {
    let measured: Member;
    let silent: Member;

    /** Interest received by `measured`, sent at `sentHoursAgo`, settled `waitHours` later (answered, or expired). */
    const insert = async (status: string, sentHoursAgo: number, waitHours: number, periodDays = 14) => {
      const listingId = await activeListingOf(measured);
      const answered = status === 'ACCEPTED' || status === 'DECLINED';
      await api.sql(
        `INSERT INTO interest (listing_id, owner_enterprise_id, sender_enterprise_id, sender_user_id, message, status,
           created_at, expires_at, answered_at, withdrawn_at, version)
         VALUES ($1, $2, $3, $4, '询价', $5::interest_status, now() - make_interval(hours => $6),
           now() - make_interval(hours => $6) + make_interval(days => $8),
           CASE WHEN $9 THEN now() - make_interval(hours => $6) + make_interval(hours => $7) END,
           CASE WHEN $5 = 'WITHDRAWN' THEN now() - make_interval(hours => $6) + make_interval(hours => $7) END, 2)`,
        [listingId, measured.enterpriseId, sender.enterpriseId, sender.userId, status, sentHoursAgo, waitHours, periodDays, answered],
      );
    };

    beforeAll(async () => {
      measured = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ic.packaging'] });
      silent = await signUpMember(api, { countyAdcode: '330106', segmentIds: ['ic.packaging'] });
      await insert('ACCEPTED', 100, 2);
      await insert('DECLINED', 90, 4);
      await insert('ACCEPTED', 80, 10);
      await insert('ACCEPTED', 70, 30);
      await insert('EXPIRED', 24 * 20, 24 * 14); // expired unanswered: counts as the whole 14 days (336 h)
      await insert('PENDING', 24 * 10, 24 * 7, 7); // past its 7-day expiry, not yet swept: 168 h
      await insert('WITHDRAWN', 50, 1); // left out: the owner was not given the time to answer
      await insert('PENDING', 5, 0); // still waiting: left out
      await insert('ACCEPTED', 24 * 200, 1); // answered 200 days ago: outside the window
    });

    it('is the median of answer times, expired interest counting as its whole period', async () => {
      // Waits in the window: 2, 4, 10, 30, 168, 336 hours → median (10 + 30) / 2.
      const { responsiveness } = (await api.graphql.data(RESPONSIVENESS, { id: measured.enterpriseId })).enterprise;
      expect(responsiveness.medianResponseHours).toBeCloseTo(20, 6);
      expect(responsiveness).toMatchObject({ answeredCount: 4, expiredCount: 2 });
    });

    it('is null for an enterprise without answered or expired interest', async () => {
      const { responsiveness } = (await api.graphql.data(RESPONSIVENESS, { id: silent.enterpriseId })).enterprise;
      expect(responsiveness).toEqual({ medianResponseHours: null, answeredCount: 0, expiredCount: 0 });
    });

    it('serves the medians to matching in one call', async () => {
      const hours = await api.app.get(ResponsivenessService).medianResponseHours([measured.enterpriseId, silent.enterpriseId]);
      expect(hours.get(measured.enterpriseId)).toBeCloseTo(20, 6);
      expect(hours.get(silent.enterpriseId)).toBeNull();
    });

    it('counts a real answer from the moment it was sent to the moment it was given', async () => {
      const listingId = await activeListingOf(silent);
      const interest = await expressInterest(sender, listingId);
      await api.sql(`UPDATE interest SET created_at = now() - interval '3 hours' WHERE id = $1`, [interest.id]);
      await silent.graphql.data(ACCEPT, { id: interest.id, v: 1 });
      const { responsiveness } = (await api.graphql.data(RESPONSIVENESS, { id: silent.enterpriseId })).enterprise;
      expect(responsiveness.medianResponseHours).toBeCloseTo(3, 1);
      expect(responsiveness.answeredCount).toBe(1);
    });
  });
});

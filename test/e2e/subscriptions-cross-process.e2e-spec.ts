import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { signIn, signUpMember, type Member } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { activeListingOf, EXPRESS } from '../support/interest.js';
import { startSecondApi, type SecondApi } from '../support/second-api.js';
import { connectLive, insertMatchRow, LiveSubscription, untilLive } from '../support/subscriptions.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const SUGGESTED = `subscription { matchSuggested { kind matchId match { id score } } }`;
const RECEIVED = `subscription { interestReceived { interestId interest { id message } } }`;

describe('live updates across API processes on one database', () => {
  let first: TestApi;
  let second: SecondApi;
  let secondBus: EventBus;
  let buyer: Member;
  let seller: Member;
  let client: Client;
  const PROBE = randomUUID();
  const eventOf = (result: { data?: any }) => (result.data ? Object.values(result.data)[0] as Record<string, any> : undefined);
  const isProbe = (result: { data?: any }) => eventOf(result)?.matchId === PROBE || eventOf(result)?.interestId === PROBE;

  beforeAll(async () => {
    first = await startTestApi({ env: { MUTATIONS_MAX: '10000' } });
    second = await startSecondApi(first.databaseUrl);
    secondBus = second.app.get(EVENT_BUS);
    buyer = await signUpMember(first, { countyAdcode: '320506', segmentIds: ['ic.packaging'] });
    seller = await signUpMember(first, { countyAdcode: '310115', segmentIds: ['ic.packaging'] });
    client = connectLive(first.baseUrl, buyer.accessToken);
  });
  afterAll(async () => {
    await client.dispose();
    await second.close();
    await first.close();
  });

  it('delivers to a subscriber of API #1 a match event published by API #2', async () => {
    const live = new LiveSubscription(client, SUGGESTED);
    await untilLive(live, () => secondBus.publish('match.suggested', {
      matchId: PROBE, demandEnterpriseId: buyer.enterpriseId, supplyEnterpriseId: seller.enterpriseId, chainId: 'ic', provinceAdcodes: ['320000'],
    }), isProbe);
    const demand = await createListing(buyer.graphql, listingInput(buyer.enterpriseId, { kind: 'DEMAND' }));
    const supply = await createListing(seller.graphql, listingInput(seller.enterpriseId));
    const { id: matchId, ...facts } = await insertMatchRow(first.sql, { listingId: demand.id, enterpriseId: buyer.enterpriseId, provinceAdcode: '320000' },
      { listingId: supply.id, enterpriseId: seller.enterpriseId, provinceAdcode: '310000' });
    await secondBus.publish('match.suggested', { matchId, ...facts });
    expect(await live.nextData()).toEqual({ matchSuggested: { kind: 'SUGGESTED', matchId, match: { id: matchId, score: 0.8125 } } });
    live.unsubscribe();
  });

  it('delivers to a subscriber of API #1 interest expressed through API #2', async () => {
    const live = new LiveSubscription(client, RECEIVED);
    await untilLive(live, () => secondBus.publish('interest.received', {
      interestId: PROBE, listingId: PROBE, ownerEnterpriseId: buyer.enterpriseId, senderEnterpriseId: seller.enterpriseId,
    }), isProbe);
    const listingId = await activeListingOf(buyer);
    const sellerOnSecond = second.graphql.withToken((await signIn(first, seller.email)).accessToken);
    const { expressInterest } = await sellerOnSecond.data(EXPRESS, { listingId, message: '经由第二个API实例发出' });
    expect(await live.nextData()).toEqual({ interestReceived: { interestId: expressInterest.id, interest: { id: expressInterest.id, message: '经由第二个API实例发出' } } });
    live.unsubscribe();
  });
});

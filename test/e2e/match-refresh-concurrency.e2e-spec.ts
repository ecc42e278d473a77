import { LeasedQueue } from '@chainmatch/database';
import { MatchRefresher } from '@chainmatch/matching';
import { getDataSourceToken } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { signUpMember, type Member } from '../support/accounts.js';
import { publishListing, waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { waitForLockWaiters } from '../support/wait.js';

/**
 * Races between match workers, forced with locks the test holds in a session of its own: both
 * contenders reach the contested statement, wait there, and go on in a known order once released.
 */
describe('match refresh under concurrency', () => {
  let api: TestApi;
  let buyer: Member;
  let supplier: Member;
  let session: pg.Client;

  beforeAll(async () => {
    api = await startTestApi({ env: { MATCH_WORKER_IN_PROCESS: 'false', MUTATIONS_MAX: '10000' } });
    buyer = await signUpMember(api, { countyAdcode: '320506', segmentIds: ['ic.fab'] });
    supplier = await signUpMember(api, { countyAdcode: '320214', segmentIds: ['ic.materials'] });
    session = await api.session();
  });
  afterAll(() => api.close());

  it('records one "suggested" event and publishes match.suggested once when both sides of a new pair are refreshed at once', async () => {
    const demand = await publishListing(buyer, { kind: 'DEMAND', segmentId: 'ic.fab', title: '采购12英寸抛光硅片', keywords: ['抛光硅片'] });
    const offer = await publishListing(supplier, { kind: 'SUPPLY', segmentId: 'ic.materials', title: '供应12英寸抛光硅片', keywords: ['抛光硅片'] });
    await waitForIndex(api);
    const listener = await listenTo('chainmatch_match_suggested');

    // Both refreshes compute their suggestions and find the pair unstored, then wait to write it.
    await session.query(`BEGIN`);
    await session.query(`LOCK TABLE match IN SHARE MODE`);
    const refresher = api.app.get(MatchRefresher);
    const refreshes = Promise.all([refresher.refresh(demand.id), refresher.refresh(offer.id)]);
    await waitForLockWaiters(api, 2);
    await session.query(`COMMIT`);
    await refreshes;

    const [match] = await api.sql(`SELECT id FROM match WHERE demand_listing_id = $1 AND supply_listing_id = $2`, [demand.id, offer.id]);
    const timeline = await api.sql(`SELECT from_status, to_status FROM match_event WHERE match_id = $1`, [match.id]);
    expect(timeline).toEqual([{ from_status: null, to_status: 'SUGGESTED' }]);
    const published = await listener.until('sentinel');
    expect(published.filter((payload) => payload.includes(match.id))).toHaveLength(1);
  });

  it('does not report a change re-queued by a write in progress as a lease this worker outlived', async () => {
    const listing = await publishListing(supplier, { kind: 'SUPPLY', segmentId: 'ic.materials', title: '供应8英寸硅片' });
    const queue = new LeasedQueue(api.app.get<DataSource>(getDataSourceToken()), { table: 'match_refresh', sequence: 'match_refresh_seq' });
    const worker = randomUUID();
    const claimed = (await queue.claim(worker, 100, 60_000)).filter((change) => change.listingId === listing.id);
    expect(claimed).toHaveLength(1);

    // A listing write re-queues it (the trigger's upsert) and commits while complete() waits for its row.
    await session.query(`BEGIN`);
    await session.query(`UPDATE listing SET version = version + 1 WHERE id = $1`, [listing.id]);
    const completing = queue.complete(worker, claimed);
    await waitForLockWaiters(api, 1);
    await session.query(`COMMIT`);

    expect(await completing).toEqual([]); // nothing lost, so no "outlived their lease" warning
    const [row] = await api.sql(`SELECT seq::text, claimed_by FROM match_refresh WHERE listing_id = $1`, [listing.id]);
    expect(row).toEqual({ seq: expect.not.stringMatching(`^${claimed[0].seq}$`), claimed_by: null }); // released, for another pass
  });

  it('leaves nothing to redo for a change whose queue row vanished while the lease held', async () => {
    const listing = await publishListing(supplier, { kind: 'SUPPLY', segmentId: 'ic.materials', title: '供应6英寸硅片' });
    const queue = new LeasedQueue(api.app.get<DataSource>(getDataSourceToken()), { table: 'match_refresh', sequence: 'match_refresh_seq' });
    const worker = randomUUID();
    const claimed = (await queue.claim(worker, 100, 60_000)).filter((change) => change.listingId === listing.id);
    await api.sql(`DELETE FROM match_refresh WHERE listing_id = $1`, [listing.id]);
    expect(await queue.complete(worker, claimed)).toEqual([]);
    expect(await api.sql(`SELECT 1 FROM match_refresh WHERE listing_id = $1`, [listing.id])).toEqual([]);
  });

  it('queues again a change whose lease another worker took over', async () => {
    const listing = await publishListing(supplier, { kind: 'SUPPLY', segmentId: 'ic.materials', title: '供应SOI硅片' });
    const queue = new LeasedQueue(api.app.get<DataSource>(getDataSourceToken()), { table: 'match_refresh', sequence: 'match_refresh_seq' });
    const [slow, other] = [randomUUID(), randomUUID()];
    const claimed = (await queue.claim(slow, 100, 60_000)).filter((change) => change.listingId === listing.id);
    await api.sql(`UPDATE match_refresh SET claimed_by = $2 WHERE listing_id = $1`, [listing.id, other]);
    expect(await queue.complete(slow, claimed)).toEqual([listing.id]);
  });

  /** LISTENs on a channel in a connection of its own; `until(marker)` notifies the marker and returns what came before it. */
  async function listenTo(channel: string) {
    const client = new pg.Client({ connectionString: api.databaseUrl });
    await client.connect();
    const payloads: string[] = [];
    let onMarker: (() => void) | undefined;
    client.on('notification', (message) => {
      if (message.payload === 'sentinel') onMarker?.();
      else payloads.push(message.payload ?? '');
    });
    await client.query(`LISTEN ${channel}`);
    return {
      async until(marker: string): Promise<string[]> {
        // Notifications arrive in commit order: the marker comes after everything committed before it.
        const arrived = new Promise<void>((resolve) => (onMarker = resolve));
        await api.sql(`SELECT pg_notify($1, $2)`, [channel, marker]);
        await arrived;
        await client.end();
        return payloads;
      },
    };
  }
});

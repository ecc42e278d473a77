import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import WebSocket from 'ws';
import { signUpMember, type Member } from '../support/accounts.js';
import { connectLive, LiveSubscription, untilLive } from '../support/subscriptions.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const MAX_MESSAGE_BYTES = 4096;
const MAX_SUBSCRIPTIONS = 2;
const MAX_CONNECTIONS = 3;
const RECEIVED = 'subscription { interestReceived { interestId } }';

interface RawConnection {
  socket: WebSocket;
  /** How the server closed the connection. */
  closed: Promise<{ code: number; reason: string }>;
}

/** A bare graphql-transport-ws connection, so close codes and oversized frames can be seen and sent as they are. */
function openRaw(baseUrl: string, forwardedFor?: string): RawConnection {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {},
  });
  socket.on('error', () => undefined); // a write cut short by the server's close; the close event tells what happened
  const closed = once(socket, 'close').then(([code, reason]) => ({ code: code as number, reason: String(reason) }));
  return { socket, closed };
}

/** Sends connection_init; 'acknowledged' when the server admits the connection, how it closed it otherwise. */
async function initialised({ socket, closed }: RawConnection): Promise<string | { code: number; reason: string }> {
  if (socket.readyState === WebSocket.CONNECTING) await once(socket, 'open');
  socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
  const answer = once(socket, 'message').then(([data]) => (JSON.parse(String(data)).type === 'connection_ack' ? 'acknowledged' : String(data)));
  return Promise.race([answer, closed]);
}

/** Issue 8 item 4: WebSocket messages, subscriptions and connections are bounded, with clear close codes. */
describe('WebSocket limits', () => {
  let api: TestApi;
  let bus: EventBus;
  let member: Member;
  const raw: RawConnection[] = [];

  beforeAll(async () => {
    api = await startTestApi({
      env: {
        WS_MAX_MESSAGE_BYTES: String(MAX_MESSAGE_BYTES), WS_MAX_SUBSCRIPTIONS_PER_CONNECTION: String(MAX_SUBSCRIPTIONS),
        WS_MAX_CONNECTIONS_PER_IP: String(MAX_CONNECTIONS), TRUST_PROXY: 'loopback',
      },
    });
    bus = api.app.get(EVENT_BUS);
    member = await signUpMember(api);
  });
  afterAll(async () => {
    raw.forEach(({ socket }) => socket.terminate());
    await api.close();
  });

  const open = (forwardedFor?: string) => {
    const connection = openRaw(api.baseUrl, forwardedFor);
    raw.push(connection);
    return connection;
  };

  it('closes a connection whose message is larger than WS_MAX_MESSAGE_BYTES with 1009, without reading it whole', async () => {
    for (const size of [MAX_MESSAGE_BYTES + 1, 8 * 1024 * 1024]) {
      const connection = open();
      expect(await initialised(connection)).toBe('acknowledged');
      const query = `subscription { interestReceived { interestId } } # ${'x'.repeat(size)}`;
      connection.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      expect((await connection.closed).code).toBe(1009);
    }
    // The server went on answering: nothing was parsed.
    expect((await api.graphql.data('{ provinces { adcode } }')).provinces).toHaveLength(4);
  });

  it('refuses a subscription past WS_MAX_SUBSCRIPTIONS_PER_CONNECTION, and takes one again once another ends', async () => {
    const client = connectLive(api.baseUrl, member.accessToken);
    try {
      const PROBE = randomUUID();
      const probe = () => bus.publish('interest.received', { interestId: PROBE, listingId: PROBE, ownerEnterpriseId: member.enterpriseId, senderEnterpriseId: member.enterpriseId });
      const isProbe = (result: { data?: any }) => result.data?.interestReceived?.interestId === PROBE;
      const [first, second] = [new LiveSubscription(client, RECEIVED), new LiveSubscription(client, RECEIVED)];
      await untilLive(first, probe, isProbe);
      await untilLive(second, probe, isProbe);
      const third = await new LiveSubscription(client, RECEIVED).failed();
      expect(third).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST', reason: 'TOO_MANY_SUBSCRIPTIONS', maxSubscriptions: MAX_SUBSCRIPTIONS } })]);
      first.unsubscribe();
      await untilLive(new LiveSubscription(client, RECEIVED), probe, isProbe);
    } finally {
      await client.dispose();
    }
  });

  it('closes connections past WS_MAX_CONNECTIONS_PER_IP with 1013, counting the client address TRUST_PROXY names', async () => {
    const crowd = Array.from({ length: MAX_CONNECTIONS }, () => open('203.0.113.7'));
    for (const connection of crowd) expect(await initialised(connection)).toBe('acknowledged');
    const refused = await open('203.0.113.7').closed;
    expect(refused).toEqual({ code: 1013, reason: `too many connections from this address (at most ${MAX_CONNECTIONS})` });
    expect(await initialised(open('203.0.113.8'))).toBe('acknowledged');

    crowd[0].socket.close();
    await crowd[0].closed;
    expect(await initialised(open('203.0.113.7'))).toBe('acknowledged');
  });

  it('answers an upgrade on another path with 404', async () => {
    const socket = new WebSocket(`${api.baseUrl.replace(/^http/, 'ws')}/elsewhere`, 'graphql-transport-ws');
    const [error] = (await once(socket, 'error')) as [Error];
    expect(error.message).toContain('404');
  });
});

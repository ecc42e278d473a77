import { EPHEMERAL_PORTS } from '@chainmatch/config';
import { createServer } from 'node:net';

const FIRST_PICK = 20_000;

/**
 * A TCP port free on 127.0.0.1 right now, for a server a test or benchmark starts itself. Chosen
 * below Linux's ephemeral range: a client retrying a server that is down there can never be given
 * the same port as its own local one and connect to itself (which then keeps the server from
 * binding again).
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = FIRST_PICK + Math.floor(Math.random() * (EPHEMERAL_PORTS.first - FIRST_PICK));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port found between ${FIRST_PICK} and ${EPHEMERAL_PORTS.first - 1}`);
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

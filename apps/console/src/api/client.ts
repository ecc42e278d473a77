import { cacheExchange, Client, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { knownReason } from './refusal-reasons';
import { authorizationHeader, sessionStore } from './session';

const wsUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/**
 * graphql-ws reads the token when it connects; the server checks it then and when each subscription
 * starts. After a refresh, sign-in or sign-out the socket is dropped, and graphql-ws reconnects with
 * the new token and resubscribes what is open, so live views carry on.
 */
const live = createWsClient({
  url: wsUrl(),
  lazy: true,
  retryAttempts: Number.MAX_SAFE_INTEGER,
  retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 15_000))),
  connectionParams: authorizationHeader,
});
let lastToken = sessionStore.get()?.accessToken;
sessionStore.subscribe(() => {
  const token = sessionStore.get()?.accessToken;
  if (token !== lastToken) live.terminate();
  lastToken = token;
});

/** When the server no longer accepts the session (revoked elsewhere), forget it: the router then asks to sign in again. */
const forgetRejectedSession = mapExchange({
  onError(error) {
    const rejected = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && e.extensions?.reason !== knownReason('INVALID_CREDENTIALS'));
    if (rejected && sessionStore.get()) sessionStore.set(null);
  },
});

export const client = new Client({
  url: '/graphql',
  exchanges: [
    cacheExchange,
    forgetRejectedSession,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({ unsubscribe: live.subscribe({ ...request, query: request.query ?? '' }, sink) }),
      }),
    }),
  ],
  // POST always: Apollo refuses GET queries without a preflight header (CSRF protection).
  preferGetMethod: false,
  fetch: async (input, init) => {
    const headers = new Headers(init?.headers);
    for (const [name, value] of Object.entries(await authorizationHeader())) headers.set(name, value);
    return fetch(input, { ...init, headers });
  },
  requestPolicy: 'cache-and-network',
});

import { Client, fetchExchange } from '@urql/core';
import { graphql } from '../gql';
import type { AuthFieldsFragment } from '../gql/graphql';

/** What the console keeps of a signed-in session, in this browser's localStorage (shared with the explorer). */
export type Session = AuthFieldsFragment;

const STORAGE_KEY = 'chainmatch.session';
/** Refresh a little before the access token expires, so no request is sent with a dying one. */
const REFRESH_MARGIN_MS = 60_000;

graphql(`
  fragment AuthFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    user { id email displayName role enterpriseId allianceId }
  }
`);

const REFRESH = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) { ...AuthFields }
  }
`);

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): Session | null {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored ? (JSON.parse(stored) as Session) : null;
  } catch {
    return null;
  }
}

let current: Session | null = read();

/** The session store: one per page, kept in step with other tabs through the `storage` event. */
export const sessionStore = {
  get: (): Session | null => current,
  set(session: Session | null): void {
    current = session;
    if (session) localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    else localStorage.removeItem(STORAGE_KEY);
    listeners.forEach((listener) => listener());
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  current = read();
  listeners.forEach((listener) => listener());
});

const bareClient = new Client({ url: '/graphql', exchanges: [fetchExchange], requestPolicy: 'network-only', preferGetMethod: false });
let refreshing: Promise<Session | null> | null = null;

/**
 * Trades the refresh token for new tokens. A refresh token works once and its reuse ends the
 * session, so tabs take turns (a Web Lock) and a tab that finds another already refreshed uses that.
 */
function refresh(stale: Session): Promise<Session | null> {
  refreshing ??= withRefreshLock(async () => {
    const latest = read();
    if (latest && latest.refreshToken !== stale.refreshToken) return latest;
    const result = await bareClient.mutation(REFRESH, { refreshToken: stale.refreshToken }).toPromise();
    const next = result.data?.refreshSession ?? null;
    // A network failure keeps the session for a later try; a refusal ends it.
    if (!next && result.error?.networkError) return stale;
    return next;
  }).then((session) => {
    if (session !== current) sessionStore.set(session);
    return session;
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks ? navigator.locks.request('chainmatch.refresh', work) : work();
}

/** The session with an access token good for a while, refreshing it first when needed; null when signed out. */
export async function freshSession(): Promise<Session | null> {
  const session = current;
  if (!session) return null;
  if (Date.parse(session.accessTokenExpiresAt) - Date.now() > REFRESH_MARGIN_MS) return session;
  if (Date.parse(session.refreshTokenExpiresAt) <= Date.now()) {
    sessionStore.set(null);
    return null;
  }
  return refresh(session);
}

export async function authorizationHeader(): Promise<Record<string, string>> {
  const session = await freshSession();
  return session ? { authorization: `Bearer ${session.accessToken}` } : {};
}

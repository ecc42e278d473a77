import type { CallerService, RequestWithUser } from '@chainmatch/auth';
import { DomainError } from '@chainmatch/core';
import type { Request } from 'express';

/** What graphql-ws hands the context factory and hooks: the client's `connection_init` payload. */
export interface WsConnectionContext {
  connectionParams?: Readonly<Record<string, unknown>>;
}

/** Clients send `{ authorization: 'Bearer <access token>' }` in `connection_init`, as they would the header. */
function authorizationOf(connection: WsConnectionContext): unknown {
  const params = connection.connectionParams;
  return params?.authorization ?? params?.Authorization;
}

/**
 * Admits a connection: anonymous ones (each subscription then refuses them), and valid tokens; an
 * invalid, expired or revoked token is refused at once (graphql-ws closes with 4403) so the client
 * refreshes it rather than subscribing in vain. Unexpected failures propagate (4500).
 */
export async function admitConnection(connection: WsConnectionContext, callers: CallerService): Promise<boolean> {
  const authorization = authorizationOf(connection);
  if (authorization === undefined || authorization === null) return true;
  if (typeof authorization !== 'string') return false;
  try {
    await callers.fromAuthorizationHeader(authorization);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

/**
 * The GraphQL context of a subscription: a request-like object carrying the connection's
 * credentials as an Authorization header, so the unchanged AccessGuard authenticates each
 * subscription exactly as it does an HTTP request, and `@CurrentUser()` reads the caller from it.
 */
export function subscriptionContext(connection: WsConnectionContext): { req: RequestWithUser } {
  const authorization = authorizationOf(connection);
  const headers = typeof authorization === 'string' ? { authorization } : {};
  return { req: { headers } as unknown as RequestWithUser };
}

/** One context factory for both transports: HTTP requests carry `req`; graphql-ws connections do not. */
export function graphqlContext(transport: { req?: Request } & WsConnectionContext): { req: RequestWithUser } {
  return transport.req ? { req: transport.req } : subscriptionContext(transport);
}

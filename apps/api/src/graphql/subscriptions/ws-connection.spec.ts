import { AuthErrorReason, type CallerService } from '@chainmatch/auth';
import { UnauthenticatedError } from '@chainmatch/core';
import { admitConnection, graphqlContext } from './ws-connection.js';

/** A CallerService that knows one token. */
const callers = {
  fromAuthorizationHeader: async (header: string | undefined) => {
    if (header === 'Bearer good') return { userId: 'u' };
    if (header === 'Bearer broken-database') throw new Error('connection refused');
    throw new UnauthenticatedError('bad token', AuthErrorReason.INVALID_TOKEN);
  },
} as unknown as CallerService;

describe('WebSocket connections', () => {
  it('admits anonymous connections and valid tokens, and refuses invalid ones', async () => {
    expect(await admitConnection({}, callers)).toBe(true);
    expect(await admitConnection({ connectionParams: {} }, callers)).toBe(true);
    expect(await admitConnection({ connectionParams: { authorization: 'Bearer good' } }, callers)).toBe(true);
    expect(await admitConnection({ connectionParams: { Authorization: 'Bearer good' } }, callers)).toBe(true);
    expect(await admitConnection({ connectionParams: { authorization: 'Bearer stolen' } }, callers)).toBe(false);
    expect(await admitConnection({ connectionParams: { authorization: 42 } }, callers)).toBe(false);
  });

  it('lets an unexpected failure through rather than calling the token invalid', async () => {
    await expect(admitConnection({ connectionParams: { authorization: 'Bearer broken-database' } }, callers)).rejects.toThrow('connection refused');
  });

  it('gives a subscription a request-like context carrying the credentials, and HTTP requests their own', () => {
    expect(graphqlContext({ connectionParams: { authorization: 'Bearer good' } }).req.headers).toEqual({ authorization: 'Bearer good' });
    expect(graphqlContext({ connectionParams: {} }).req.headers).toEqual({});
    const req = { headers: { authorization: 'Bearer http' } } as never;
    expect(graphqlContext({ req }).req).toBe(req);
  });
});

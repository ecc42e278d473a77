import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Refresh tokens are `<session id>.<random secret>`: high-entropy, so a fast hash (SHA-256) is
 * enough to store them; the secret changes on every refresh.
 */
export function newRefreshSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function hashRefreshSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function refreshSecretMatches(secret: string, storedHash: string): boolean {
  return timingSafeEqual(Buffer.from(hashRefreshSecret(secret)), Buffer.from(storedHash));
}

export function formatRefreshToken(sessionId: string, secret: string): string {
  return `${sessionId}.${secret}`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseRefreshToken(token: string): { sessionId: string; secret: string } | null {
  const [sessionId, secret, extra] = token.split('.');
  return UUID.test(sessionId ?? '') && secret && extra === undefined ? { sessionId, secret } : null;
}

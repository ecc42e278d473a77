import { errorReasons } from '@chainmatch/core';

/** `extensions.reason` of the refusals of signing in, sessions, access rules and alliances. */
export const AuthErrorReason = errorReasons('AuthErrorReason', 'Values of `extensions.reason` of refusals about who is calling and what they may do.', {
  NO_ACCESS_RULE: 'FORBIDDEN: the operation declares no access rule (deny by default).',
  ROLE_NOT_ALLOWED: 'FORBIDDEN: the caller\'s role may not call the operation.',
  NOT_YOUR_ENTERPRISE: 'FORBIDDEN: members act for (and see the unpublished listings of) their own enterprise only.',
  OUTSIDE_COVERAGE: 'FORBIDDEN: staff act inside their alliance\'s chains and provinces only.',
  INVALID_TOKEN: 'UNAUTHENTICATED: the access token is malformed, forged or not a bearer token.',
  TOKEN_EXPIRED: 'UNAUTHENTICATED: the access token has expired; refresh it.',
  SESSION_REVOKED: 'UNAUTHENTICATED: the session has ended (logout, reuse of a spent refresh token); sign in again.',
  INVALID_CREDENTIALS: 'UNAUTHENTICATED: the email or the password is wrong (the same answer for both).',
  ACCOUNT_DISABLED: 'UNAUTHENTICATED: the account is disabled.',
  INVALID_REFRESH_TOKEN: 'UNAUTHENTICATED: the refresh token is not one this session can use.',
  REFRESH_TOKEN_REUSED: 'UNAUTHENTICATED: a spent refresh token was presented again; the session is closed.',
  EMAIL_TAKEN: 'CONFLICT: an account with this email exists.',
  TOO_MANY_LOGIN_ATTEMPTS: 'RATE_LIMITED: too many failed sign-ins for the email or from the IP; see `retryAfterSeconds`.',
  TOO_MANY_MUTATIONS: 'RATE_LIMITED: too many changes in the window; see `retryAfterSeconds`.',
  UNKNOWN_ALLIANCE: 'BAD_USER_INPUT: no such alliance.',
});
export type AuthErrorReason = (typeof AuthErrorReason)[keyof typeof AuthErrorReason];

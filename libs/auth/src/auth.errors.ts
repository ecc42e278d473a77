import { registerEnumType } from '@nestjs/graphql';

/** `extensions.reason` of the refusals of signing in, sessions, access rules and alliances. */
export enum AuthErrorReason {
  NO_ACCESS_RULE = 'NO_ACCESS_RULE',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  NOT_YOUR_ENTERPRISE = 'NOT_YOUR_ENTERPRISE',
  OUTSIDE_COVERAGE = 'OUTSIDE_COVERAGE',
  INVALID_TOKEN = 'INVALID_TOKEN',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
  SESSION_REVOKED = 'SESSION_REVOKED',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_DISABLED = 'ACCOUNT_DISABLED',
  INVALID_REFRESH_TOKEN = 'INVALID_REFRESH_TOKEN',
  REFRESH_TOKEN_REUSED = 'REFRESH_TOKEN_REUSED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  TOO_MANY_LOGIN_ATTEMPTS = 'TOO_MANY_LOGIN_ATTEMPTS',
  TOO_MANY_MUTATIONS = 'TOO_MANY_MUTATIONS',
  UNKNOWN_ALLIANCE = 'UNKNOWN_ALLIANCE',
  UNKNOWN_CHAIN = 'UNKNOWN_CHAIN',
  UNKNOWN_PROVINCE = 'UNKNOWN_PROVINCE',
}

registerEnumType(AuthErrorReason, {
  name: 'AuthErrorReason',
  description: 'Values of `extensions.reason` of refusals about who is calling and what they may do.',
  valuesMap: {
    NO_ACCESS_RULE: { description: 'FORBIDDEN: the operation declares no access rule (deny by default).' },
    ROLE_NOT_ALLOWED: { description: 'FORBIDDEN: the caller\'s role may not call the operation.' },
    NOT_YOUR_ENTERPRISE: { description: 'FORBIDDEN: members act for (and see the unpublished listings of) their own enterprise only.' },
    OUTSIDE_COVERAGE: { description: 'FORBIDDEN: staff act inside their alliance\'s chains and provinces only.' },
    INVALID_TOKEN: { description: 'UNAUTHENTICATED: the access token is malformed, forged or not a bearer token.' },
    TOKEN_EXPIRED: { description: 'UNAUTHENTICATED: the access token has expired; refresh it.' },
    SESSION_REVOKED: { description: 'UNAUTHENTICATED: the session has ended (logout, reuse of a spent refresh token); sign in again.' },
    INVALID_CREDENTIALS: { description: 'UNAUTHENTICATED: the email or the password is wrong (the same answer for both).' },
    ACCOUNT_DISABLED: { description: 'UNAUTHENTICATED: the account is disabled.' },
    INVALID_REFRESH_TOKEN: { description: 'UNAUTHENTICATED: the refresh token is not one this session can use.' },
    REFRESH_TOKEN_REUSED: { description: 'UNAUTHENTICATED: a spent refresh token was presented again; the session is closed.' },
    EMAIL_TAKEN: { description: 'CONFLICT: an account with this email exists.' },
    TOO_MANY_LOGIN_ATTEMPTS: { description: 'RATE_LIMITED: too many failed sign-ins for the email or from the IP; see `retryAfterSeconds`.' },
    TOO_MANY_MUTATIONS: { description: 'RATE_LIMITED: too many changes in the window; see `retryAfterSeconds`.' },
    UNKNOWN_ALLIANCE: { description: 'BAD_USER_INPUT: no such alliance.' },
    UNKNOWN_CHAIN: { description: 'BAD_USER_INPUT: names an unknown chain.' },
    UNKNOWN_PROVINCE: { description: 'BAD_USER_INPUT: names a province outside the region.' },
  },
});

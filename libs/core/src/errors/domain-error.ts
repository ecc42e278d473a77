import { CoreErrorReason } from './core-error-reasons.js';

/** The codes a client sees in `extensions.code`. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The request itself is malformed (not JSON, no query, an unsupported persisted-query version …). */
  BAD_REQUEST = 'BAD_REQUEST',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The database cannot be reached right now: nothing was done; retry after `retryAfterSeconds` (HTTP 503). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /**
   * The request ran past REQUEST_TIMEOUT_MS (reason DEADLINE_EXCEEDED) or its client left
   * (CLIENT_CLOSED): its database work was cancelled and nothing was written; retry (HTTP 503).
   */
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Codes a client should simply retry after a pause: answered with HTTP 503 and Retry-After. */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set([ErrorCode.SERVICE_UNAVAILABLE, ErrorCode.REQUEST_TIMEOUT]);

export interface FieldViolation {
  /** Path of the offending value in the operation's arguments, e.g. `input.priceRange.minCny`. */
  field: string;
  message: string;
}

export interface ErrorDetails {
  /** A stable machine-readable refinement of the code, e.g. `USCC_ALREADY_REGISTERED`. */
  reason?: string;
  violations?: FieldViolation[];
  [key: string]: unknown;
}

/** An expected refusal: shown to the client with its code, never logged as a failure. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadUserInputError extends DomainError {
  constructor(violations: FieldViolation[], reason?: string) {
    super(ErrorCode.BAD_USER_INPUT, violations.map((v) => `${v.field}: ${v.message}`).join('; '), { reason, violations });
  }

  static of(field: string, message: string, reason?: string): BadUserInputError {
    return new BadUserInputError([{ field, message }], reason);
  }
}

/** What may be not found; the reason is `<ENTITY>_NOT_FOUND` (CoreErrorReason; LexiconGroup: LEXICON_GROUP_NOT_FOUND). */
export type FindableEntity = 'Listing' | 'Enterprise' | 'Interest' | 'Match' | 'LexiconGroup';

export class NotFoundError extends DomainError {
  constructor(entity: FindableEntity, id: string) {
    super(ErrorCode.NOT_FOUND, `${entity} ${id} not found`, { reason: `${entity.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_NOT_FOUND`, id });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, reason: string, details: Omit<ErrorDetails, 'reason'> = {}) {
    super(ErrorCode.CONFLICT, message, { ...details, reason });
  }
}

/** No valid identity: missing, expired, tampered or revoked token, or wrong credentials. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'sign in to do this', reason: string = CoreErrorReason.SIGN_IN_REQUIRED) {
    super(ErrorCode.UNAUTHENTICATED, message, { reason });
  }
}

/** A known caller who may not do this (role, or a resource outside their enterprise or coverage). */
export class ForbiddenError extends DomainError {
  constructor(message: string, reason: string = CoreErrorReason.NOT_ALLOWED) {
    super(ErrorCode.FORBIDDEN, message, { reason });
  }
}

/** Too many attempts in a window; `retryAfterSeconds` tells when to try again. */
export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds: number, reason: string = CoreErrorReason.TOO_MANY_REQUESTS) {
    super(ErrorCode.RATE_LIMITED, message, { reason, retryAfterSeconds });
  }
}

/** The one refusal of a write based on a version that is no longer current, for every versioned row. */
export const staleVersion = (what: string, expectedVersion: number, currentVersion: number) =>
  new ConflictError(
    `the ${what} changed since version ${expectedVersion} (now ${currentVersion}); reload it and retry`,
    CoreErrorReason.STALE_VERSION,
    { expectedVersion, currentVersion },
  );

import { isDatabaseUnavailable, requestAbortOf } from '@chainmatch/database';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { CoreErrorReason } from './core-error-reasons.js';
import { DomainError, ErrorCode } from './domain-error.js';
import { fieldOfVariableError } from './variable-error-field.js';

export interface ErrorFormatOptions {
  /** Drop GraphQL's "Did you mean …" suggestions, which name fields, types and values of the schema. */
  hideSchemaDetails?: boolean;
}

// As graphql-js words them at the end of a message (and Apollo's disableSuggestions plugin strips them).
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/** A database outage is usually a restart or a failover: seconds. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Turns whatever a resolver threw into what a client may see: domain refusals keep their code and
 * details; work cancelled by the request deadline is REQUEST_TIMEOUT and a database that cannot be
 * reached is SERVICE_UNAVAILABLE (both retryable, nothing logged per request: the readiness check
 * and the background loops report an outage); anything unexpected is logged (once, here) and masked
 * as INTERNAL_SERVER_ERROR.
 * Errors raised by GraphQL itself (parse, validation, variable coercion) keep their code; those
 * Apollo raises for a malformed request with a client status but no code are BAD_REQUEST.
 */
export function createGraphQLErrorFormatter(logUnexpected: (error: unknown) => void, options: ErrorFormatOptions = {}) {
  const hide = (formatted: GraphQLFormattedError): GraphQLFormattedError =>
    (options.hideSchemaDetails ? { ...formatted, message: formatted.message.replace(SUGGESTION, '') } : formatted);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const domain = domainErrorIn(error);
    if (domain) return formatDomainError(domain, formatted);
    const code = formatted.extensions?.code;
    if (code === ErrorCode.BAD_USER_INPUT) {
      const field = fieldOfVariableError(formatted.message);
      return hide(field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted);
    }
    if (code && code !== ErrorCode.INTERNAL_SERVER_ERROR) return hide(formatted);
    if (isClientRequestError(error)) return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BAD_REQUEST } };
    const original = causeOf(error);
    const retryable = retryableFailure(original, formatted);
    if (retryable) return retryable;
    logUnexpected(original);
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/** A failure the client may retry: its database work cancelled by the deadline, or the database unreachable. */
function retryableFailure(original: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError | undefined {
  const where = { path: formatted.path, locations: formatted.locations };
  const aborted = requestAbortOf(original);
  if (aborted) {
    return {
      message: `${aborted.message}: its database work was cancelled and nothing was written — retry`,
      ...where,
      extensions: { code: ErrorCode.REQUEST_TIMEOUT, reason: CoreErrorReason[aborted.reason], retryAfterSeconds: 1 },
    };
  }
  // graphql-js wraps a thrown value that is no Error of its realm (a socket error seen from jest's VM) as NonErrorThrown.
  if (isDatabaseUnavailable((original as { thrownValue?: unknown })?.thrownValue ?? original)) {
    return {
      message: 'the service cannot reach its database right now; nothing was done — retry shortly',
      ...where,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS },
    };
  }
  return undefined;
}

function formatDomainError(error: DomainError, formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { ...domainErrorBody(error), path: formatted.path, locations: formatted.locations };
}

/** How a client sees a domain refusal: its message, code, details and, for bad input, the first field's path. */
export function domainErrorBody(error: DomainError): GraphQLFormattedError {
  const { violations, ...rest } = error.details;
  return { message: error.message, extensions: { code: error.code, ...rest, ...(violations && { field: violations[0]?.field, violations }) } };
}

/**
 * What was thrown, however GraphQL wrapped it: by a resolver, by a plugin before execution (the
 * mutation count, whose database may be down), or by a validation rule.
 */
function causeOf(error: unknown): unknown {
  let current = error;
  while (current instanceof GraphQLError && current.originalError) current = current.originalError;
  return current;
}

function domainErrorIn(error: unknown): DomainError | undefined {
  const cause = causeOf(error);
  return cause instanceof DomainError ? cause : undefined;
}

/** Apollo refuses some malformed requests (an unsupported persisted-query version …) with a 4xx status but no code. */
function isClientRequestError(error: unknown): boolean {
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  return status !== undefined && status >= 400 && status < 500 && error instanceof GraphQLError && !error.originalError;
}

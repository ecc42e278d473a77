import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable, requestAbortOf } from '@chainmatch/database';
import type { GraphQLFormattedError } from 'graphql';
import { CoreErrorReason } from './core-error-reasons.js';
import { DomainError, ErrorCode } from './domain-error.js';
import { fieldOfVariableError } from './variable-error-field.js';

/** A database outage is usually a restart or a failover: seconds. */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Turns whatever a resolver threw into what a client may see: domain refusals keep their code and
 * details; a database that cannot be reached is SERVICE_UNAVAILABLE (retryable, nothing logged per
 * request: the readiness check and the background loops report the outage); anything unexpected is
 * logged and masked as INTERNAL_SERVER_ERROR.
 * Errors raised by GraphQL itself (parse, validation, variable coercion) pass through unchanged.
 */
export function createGraphQLErrorFormatter(logUnexpected: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      const { violations, ...rest } = original.details;
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, ...rest, ...(violations && { field: violations[0]?.field, violations }) },
      };
    }
    if (formatted.extensions?.code === ErrorCode.BAD_USER_INPUT) {
      const field = fieldOfVariableError(formatted.message);
      return field ? { ...formatted, extensions: { ...formatted.extensions, field } } : formatted;
    }
    if (formatted.extensions?.code && formatted.extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return formatted;
    }
    const aborted = requestAbortOf(original);
    if (aborted) {
      return {
        message: `${aborted.message}: its database work was cancelled and nothing was written — retry`,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.REQUEST_TIMEOUT, reason: CoreErrorReason[aborted.reason], retryAfterSeconds: 1 },
      };
    }
    // graphql-js wraps a thrown value that is no Error of its realm (a socket error seen from jest's VM) as NonErrorThrown.
    if (isDatabaseUnavailable((original as { thrownValue?: unknown })?.thrownValue ?? original)) {
      return {
        message: 'the service cannot reach its database right now; nothing was done — retry shortly',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS },
      };
    }
    logUnexpected(original);
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

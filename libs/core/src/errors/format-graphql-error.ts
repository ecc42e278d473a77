import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-error.js';
import { fieldOfVariableError } from './variable-error-field.js';

export interface ErrorFormatOptions {
  /** Drop GraphQL's "Did you mean …" suggestions, which name fields, types and values of the schema. */
  hideSchemaDetails?: boolean;
}

// As graphql-js words them at the end of a message (and Apollo's disableSuggestions plugin strips them).
const SUGGESTION = / ?Did you mean(.+?)\?$/;

/**
 * Turns whatever a resolver threw into what a client may see: domain refusals keep their code and
 * details; anything unexpected is logged (once, here) and masked as INTERNAL_SERVER_ERROR.
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
    logUnexpected(unwrapResolverError(error));
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
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
 * The domain refusal behind an error, however GraphQL wrapped it: thrown by a resolver, by a
 * plugin before execution, or by a validation rule.
 */
function domainErrorIn(error: unknown): DomainError | undefined {
  let current = error;
  while (current instanceof GraphQLError) current = current.originalError;
  return current instanceof DomainError ? current : undefined;
}

/** Apollo refuses some malformed requests (an unsupported persisted-query version …) with a 4xx status but no code. */
function isClientRequestError(error: unknown): boolean {
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  return status !== undefined && status >= 400 && status < 500 && error instanceof GraphQLError && !error.originalError;
}

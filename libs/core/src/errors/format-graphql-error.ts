import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from './domain-error.js';
import { fieldOfVariableError } from './variable-error-field.js';

/**
 * Turns whatever a resolver threw into what a client may see: domain refusals keep their code and
 * details; anything unexpected is logged and masked as INTERNAL_SERVER_ERROR.
 * Errors raised by GraphQL itself (parse, validation, variable coercion) pass through unchanged.
 */
export function createGraphQLErrorFormatter(logUnexpected: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = domainErrorIn(error) ?? unwrapResolverError(error);
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
    logUnexpected(original);
    return {
      message: 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
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

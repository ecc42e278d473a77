import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { MutationRateLimit, RequestWithUser } from '@chainmatch/auth';
import { BadUserInputError, CoreErrorReason, DomainError, rootFieldsOf, unsafeVariables } from '@chainmatch/core';
import { GraphQLError } from 'graphql';
import { limitViolation } from './limit-violation.js';
import { fragmentsOf, measureOperation } from './measure-operation.js';
import type { CostModel } from './operation-complexity.js';

export interface QueryLimits extends CostModel {
  maxDepth: number;
  maxComplexity: number;
}

interface GateContext {
  req?: RequestWithUser;
}

/**
 * Once an operation is parsed and validated and before anything executes, refuses it when a
 * variable holds text no field may hold (BAD_USER_INPUT naming it; literals are refused by
 * ArgumentLiteralsRule during validation), when it is nested deeper than `maxDepth`
 * (QUERY_TOO_DEEP) or estimated costlier than `maxComplexity` (QUERY_TOO_COMPLEX), status 400
 * with the measured value and the limit; then counts every root field of a mutation (aliases
 * included) against the mutation rate limit, status 429 with Retry-After. A refused operation runs
 * no resolver at all and has no `data`.
 */
export function queryLimitsPlugin(limits: QueryLimits, mutationRateLimit: () => MutationRateLimit): ApolloServerPlugin<GateContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return; // execution reports the missing operation
          const unsafe = unsafeVariables(operation, request.variables);
          if (unsafe.length > 0) throw refusedBeforeExecution(new BadUserInputError(unsafe, CoreErrorReason.UNSAFE_TEXT), 400);
          const violation = limitViolation(measureOperation(schema, document, operation, request.variables, limits), limits);
          if (violation) {
            throw new GraphQLError(violation.message, { extensions: { code: violation.code, ...violation.details, http: { status: 400 } } });
          }
          if (operation.operation !== 'mutation') return;
          const mutations = rootFieldsOf(operation, fragmentsOf(document), request.variables).length;
          await mutationRateLimit().admitOperation(contextValue.req, mutations).catch((error: unknown) => {
            if (error instanceof DomainError) throw refusedBeforeExecution(error, 429);
            // Kept as the cause, whatever realm it comes from (Apollo drops a thrown value that is no Error of
            // its own), so the formatter tells a database outage (SERVICE_UNAVAILABLE, 503) from a bug.
            throw new GraphQLError('the operation\'s mutations could not be counted', { originalError: error as Error });
          });
        },
      };
    },
  };
}

/** A domain refusal made before execution, with the HTTP status (and Retry-After) it deserves. */
function refusedBeforeExecution(error: DomainError, status: number): GraphQLError {
  const headers = new HeaderMap();
  const { retryAfterSeconds } = error.details;
  if (typeof retryAfterSeconds === 'number') headers.set('retry-after', String(retryAfterSeconds));
  return new GraphQLError(error.message, { originalError: error, extensions: { code: error.code, http: { status, headers } } });
}

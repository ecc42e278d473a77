import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '@chainmatch/core';
import { GraphQLError } from 'graphql';
import { measureOperation } from './measure-operation.js';
import type { PageSizes } from './operation-complexity.js';

export interface QueryLimits extends PageSizes {
  maxDepth: number;
  maxComplexity: number;
}

/**
 * Refuses an operation nested deeper than `maxDepth` (QUERY_TOO_DEEP) or estimated costlier than
 * `maxComplexity` (QUERY_TOO_COMPLEX) once it is parsed and validated and before anything executes,
 * so a refused operation runs no resolver at all. Answered with status 400 and no `data`; the
 * extensions carry the measured value and the limit.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return; // execution reports the missing operation
          const { depth, complexity } = measureOperation(schema, document, operation, request.variables, limits);
          if (depth > limits.maxDepth) {
            throw refusal(ErrorCode.QUERY_TOO_DEEP, `the operation is nested ${depth} deep; at most ${limits.maxDepth} is allowed`, {
              depth, maxDepth: limits.maxDepth,
            });
          }
          if (complexity !== undefined && complexity > limits.maxComplexity) {
            const measured = Number.isFinite(complexity) ? { complexity } : { reason: 'TOO_MANY_FIELDS' };
            throw refusal(ErrorCode.QUERY_TOO_COMPLEX, `the operation's estimated cost exceeds ${limits.maxComplexity}; ask for fewer fields or smaller pages`, {
              ...measured, maxComplexity: limits.maxComplexity,
            });
          }
        },
      };
    },
  };
}

function refusal(code: ErrorCode, message: string, measured: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...measured, http: { status: 400 } } });
}

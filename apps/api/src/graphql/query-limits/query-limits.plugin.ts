import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { limitViolation } from './limit-violation.js';
import { measureOperation } from './measure-operation.js';
import type { CostModel } from './operation-complexity.js';

export interface QueryLimits extends CostModel {
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
          const violation = limitViolation(measureOperation(schema, document, operation, request.variables, limits), limits);
          if (violation) {
            throw new GraphQLError(violation.message, { extensions: { code: violation.code, ...violation.details, http: { status: 400 } } });
          }
        },
      };
    },
  };
}

import { ArgumentLiteralsRule, BadUserInputError, CoreErrorReason, unsafeVariables } from '@chainmatch/core';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type GraphQLSchema } from 'graphql';
import { limitViolation } from '../query-limits/limit-violation.js';
import { measureOperation } from '../query-limits/measure-operation.js';
import type { QueryLimits } from '../query-limits/query-limits.plugin.js';

export interface SubscribePayload {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

const refusal = (message: string, code: string, extensions: Record<string, unknown> = {}) =>
  [new GraphQLError(message, { extensions: { code, ...extensions } })];

/**
 * Parses and validates an operation sent over the WebSocket and holds it to the HTTP rules: the
 * same validation rules, only subscriptions (queries and mutations go over HTTP, where the rate
 * limit and audit log see them), no unsafe text in variables, the same depth and complexity
 * limits. Returns the execution arguments, or the errors (to be formatted as HTTP's are).
 */
export function prepareSubscription(payload: SubscribePayload, schema: GraphQLSchema, limits: QueryLimits): ExecutionArgs | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (error) {
    return refusal((error as Error).message, 'GRAPHQL_PARSE_FAILED');
  }
  const invalid = validate(schema, document, [...specifiedRules, ArgumentLiteralsRule]);
  if (invalid.length > 0) {
    return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, originalError: e.originalError, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
  }
  const operation = getOperationAST(document, payload.operationName);
  if (operation?.operation !== 'subscription') {
    return refusal('only subscriptions are served over WebSocket; send queries and mutations over HTTP', 'BAD_REQUEST', { reason: CoreErrorReason.NOT_A_SUBSCRIPTION });
  }
  const variableValues = payload.variables ?? undefined;
  const unsafe = unsafeVariables(operation, variableValues);
  if (unsafe.length > 0) return [new GraphQLError('unsafe text', { originalError: new BadUserInputError(unsafe, CoreErrorReason.UNSAFE_TEXT) })];
  const violation = limitViolation(measureOperation(schema, document, operation, variableValues, limits), limits);
  if (violation) return refusal(violation.message, violation.code, violation.details);
  return { schema, document, variableValues, operationName: payload.operationName };
}

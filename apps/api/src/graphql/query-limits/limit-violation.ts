import { CoreErrorReason, ErrorCode } from '@chainmatch/core';
import type { OperationMeasure } from './measure-operation.js';
import type { QueryLimits } from './query-limits.plugin.js';

export interface LimitViolation {
  code: ErrorCode.QUERY_TOO_DEEP | ErrorCode.QUERY_TOO_COMPLEX;
  message: string;
  /** The measured value and the limit, for the error's extensions. */
  details: Record<string, unknown>;
}

/** Why an operation of this depth and cost is refused, or undefined when it is within the limits (HTTP and WebSocket alike). */
export function limitViolation(measure: OperationMeasure, limits: QueryLimits): LimitViolation | undefined {
  return tooDeep(measure, limits) ?? tooComplex(measure, limits) ?? introspectsTooMuch(measure);
}

function tooDeep({ depth }: OperationMeasure, limits: QueryLimits): LimitViolation | undefined {
  if (depth <= limits.maxDepth) return undefined;
  return {
    code: ErrorCode.QUERY_TOO_DEEP,
    message: `the operation is nested ${depth} deep; at most ${limits.maxDepth} is allowed`,
    details: { depth, maxDepth: limits.maxDepth },
  };
}

function tooComplex({ complexity }: OperationMeasure, limits: QueryLimits): LimitViolation | undefined {
  if (complexity === undefined || complexity <= limits.maxComplexity) return undefined;
  return {
    code: ErrorCode.QUERY_TOO_COMPLEX,
    message: `the operation's estimated cost exceeds ${limits.maxComplexity}; ask for fewer fields or smaller pages`,
    details: { ...(Number.isFinite(complexity) ? { complexity } : { reason: CoreErrorReason.TOO_MANY_FIELDS }), maxComplexity: limits.maxComplexity },
  };
}

function introspectsTooMuch({ introspection }: OperationMeasure): LimitViolation | undefined {
  if (!introspection || introspection.values <= introspection.allowance) return undefined;
  return {
    code: ErrorCode.QUERY_TOO_COMPLEX,
    message: `the operation introspects ${introspection.values} values; at most ${introspection.allowance} (twice the whole schema) are allowed`,
    details: { reason: 'INTROSPECTION_TOO_LARGE', introspection: introspection.values, maxIntrospection: introspection.allowance },
  };
}

import type { OperationDefinitionNode } from 'graphql';
import type { FieldViolation } from '../errors/domain-error.js';

// A lone surrogate is half of a UTF-16 pair: no character, and UTF-8 (PostgreSQL, JSON) cannot hold it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why no text field may hold `text`, or undefined: PostgreSQL refuses NUL in text, and a lone
 * surrogate would be stored as U+FFFD while the response echoes the original (or fail a jsonb cast).
 */
export function unsafeTextProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must not contain a lone UTF-16 surrogate (half of a character)';
  return undefined;
}

/**
 * Every string inside `value` (variables as sent: objects, lists, strings) that no text field may
 * hold, with its path in GraphQL's notation: `input.keywords[2]`.
 */
export function unsafeTextIn(value: unknown, path: string): FieldViolation[] {
  if (typeof value === 'string') {
    const message = unsafeTextProblem(value);
    return message ? [{ field: path, message }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => unsafeTextIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => unsafeTextIn(item, `${path}.${key}`));
  }
  return [];
}

/** Unsafe text in the variables an operation defines, named by variable: `input.title`. */
export function unsafeVariables(operation: OperationDefinitionNode, variables: Readonly<Record<string, unknown>> | undefined): FieldViolation[] {
  return (operation.variableDefinitions ?? []).flatMap(({ variable }) => unsafeTextIn(variables?.[variable.name.value], variable.name.value));
}

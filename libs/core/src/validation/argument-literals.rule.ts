import {
  getNullableType, GraphQLError, isInputObjectType, isListType, Kind,
  type ASTVisitor, type GraphQLInputType, type ValidationContext, type ValueNode,
} from 'graphql';
import { CoreErrorReason } from '../errors/core-error-reasons.js';
import { BadUserInputError, type FieldViolation } from '../errors/domain-error.js';
import { DATE_TIME_RULE, DateTimeScalar, isDateTimeLiteral } from '../scalars/date-time.scalar.js';
import { unsafeTextProblem } from './unsafe-text.js';

/**
 * Refuses argument literals written in the document that no resolver could use: text with a NUL
 * or a lone surrogate, and DateTime values naming no instant. Each refusal is BAD_USER_INPUT naming
 * the argument's path (`filter.createdAfter`, `input.keywords[1]`), as the validation pipe names
 * it; the same values sent as variables are refused before execution by the request gate.
 */
export function ArgumentLiteralsRule(context: ValidationContext): ASTVisitor {
  return {
    Argument(node) {
      const argument = context.getArgument();
      if (!argument) return; // unknown arguments are another rule's refusal
      for (const { field, message } of literalProblems(node.value, argument.type, node.name.value)) {
        const reason = message === DATE_TIME_RULE ? CoreErrorReason.INVALID_DATE_TIME : CoreErrorReason.UNSAFE_TEXT;
        context.reportError(new GraphQLError(`${field}: ${message}`, { nodes: [node], originalError: BadUserInputError.of(field, message, reason) }));
      }
    },
  };
}

function literalProblems(node: ValueNode, type: GraphQLInputType, path: string): FieldViolation[] {
  if (node.kind === Kind.VARIABLE || node.kind === Kind.NULL) return [];
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (node.kind !== Kind.LIST) return literalProblems(node, nullable.ofType, path);
    return node.values.flatMap((item, index) => literalProblems(item, nullable.ofType, `${path}[${index}]`));
  }
  if (isInputObjectType(nullable)) {
    if (node.kind !== Kind.OBJECT) return [];
    const fields = nullable.getFields();
    return node.fields.flatMap((field) => {
      const definition = fields[field.name.value];
      return definition ? literalProblems(field.value, definition.type, `${path}.${field.name.value}`) : [];
    });
  }
  if (nullable.name === DateTimeScalar.name) return isDateTimeLiteral(node) ? [] : [{ field: path, message: DATE_TIME_RULE }];
  const problem = node.kind === Kind.STRING ? unsafeTextProblem(node.value) : undefined;
  return problem ? [{ field: path, message: problem }] : [];
}

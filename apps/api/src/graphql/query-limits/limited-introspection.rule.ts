import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';

const MESSAGE = 'GraphQL introspection is not allowed, but the query contained __schema or __type';

/**
 * Introspection where it is switched off (production): `__schema` is refused, and `__type(name:)`
 * may ask only for the `name` back — whether a type of that name exists, which the name already
 * says. GraphQL-over-HTTP conformance audits probe exactly that; fields, arguments and values, the
 * schema introspection would reveal, stay hidden. Refusals read as Apollo's own.
 */
export function LimitedIntrospectionRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const name = node.name.value;
      if (name === '__schema' || (name === '__type' && !asksOnlyForName(node.selectionSet))) {
        context.reportError(new GraphQLError(MESSAGE, { nodes: [node], extensions: { validationErrorCode: 'INTROSPECTION_DISABLED' } }));
      }
    },
  };
}

function asksOnlyForName(selectionSet: SelectionSetNode | undefined): boolean {
  return selectionSet !== undefined
    && selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && ['name', '__typename'].includes(selection.name.value));
}

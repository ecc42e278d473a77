import {
  getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind,
  type FieldNode, type FragmentDefinitionNode, type FragmentSpreadNode, type InlineFragmentNode, type OperationDefinitionNode,
} from 'graphql';

export interface RootField {
  /** The alias, or the field name: the key of its result and of its errors' `path`. */
  responseKey: string;
  fieldName: string;
  /** The `id` argument as sent, when it is a string (for fields that never ran). */
  idArgument?: string;
}

type Variables = Readonly<Record<string, unknown>> | undefined;

/**
 * The root fields of an operation as execution collects them: through fragments and inline
 * fragments, honouring @skip and @include, one per response key. `__typename` is no mutation.
 */
export function rootFieldsOf(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Variables,
): RootField[] {
  const fields = new Map<string, RootField>();
  const spread = new Set<string>();
  const collect = (selections: readonly (FieldNode | FragmentSpreadNode | InlineFragmentNode)[]) => {
    for (const selection of selections) {
      if (!isIncluded(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const responseKey = selection.alias?.value ?? selection.name.value;
        if (selection.name.value.startsWith('__') || fields.has(responseKey)) continue;
        fields.set(responseKey, { responseKey, fieldName: selection.name.value, idArgument: idArgumentOf(selection, variables) });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet.selections);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        collect(fragments.get(selection.name.value)?.selectionSet.selections ?? []);
      }
    }
  };
  collect(operation.selectionSet.selections);
  return [...fields.values()];
}

/** Whether @skip and @include keep the selection, as execution will decide. */
export function isIncluded(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Variables): boolean {
  try {
    return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true
      && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  } catch {
    return true; // bad directive variables: execution refuses the operation; record the field as asked
  }
}

function idArgumentOf(field: FieldNode, variables: Variables): string | undefined {
  const value = field.arguments?.find((argument) => argument.name.value === 'id')?.value;
  if (value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.VARIABLE) {
    const sent = variables?.[value.name.value];
    return typeof sent === 'string' ? sent : undefined;
  }
  return undefined;
}

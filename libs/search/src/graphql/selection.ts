import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Whether the operation asks for `field` directly under the resolved one (through fragments too). */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && inSelection(node.selectionSet, field, info.fragments));
}

function inSelection(selectionSet: SelectionSetNode, field: string, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === 'Field') return selection.name.value === field;
    if (selection.kind === 'InlineFragment') return inSelection(selection.selectionSet, field, fragments);
    const fragment = fragments[selection.name.value];
    return fragment !== undefined && inSelection(fragment.selectionSet, field, fragments);
  });
}

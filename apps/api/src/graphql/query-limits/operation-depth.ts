import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * The depth of an operation: the most fields nested along one path, a root field counting 1
 * (`{ listings { totalCount } }` is 2). Fragments and inline fragments add no level of their own;
 * their fields count where they are spread.
 *
 * Inside introspection (`__schema`, `__type`) `ofType` adds no level: it unwraps one list or
 * non-null wrapper and never fans out, and the standard introspection query (the landing page's)
 * nests it seven deep. Introspection is otherwise counted like any query, since
 * `__type { fields { type { fields … } } }` does fan out.
 */
export function operationDepth(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): number {
  // Per fragment and context, so a fragment spread many times is measured once (no fragment bombs).
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const fragmentDepth = (name: string, inIntrospection: boolean): number => {
    const key = `${name}|${inIntrospection}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    // Unknown or cyclic spreads are refused by validation before this runs; guard anyway.
    if (!fragment || visiting.has(key)) return 0;
    visiting.add(key);
    const depth = selectionDepth(fragment.selectionSet, inIntrospection);
    visiting.delete(key);
    memo.set(key, depth);
    return depth;
  };

  const selectionDepth = (selectionSet: SelectionSetNode, inIntrospection: boolean): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const own = inIntrospection && name === 'ofType' ? 0 : 1;
        const below = selection.selectionSet ? selectionDepth(selection.selectionSet, inIntrospection || INTROSPECTION_ROOTS.has(name)) : 0;
        deepest = Math.max(deepest, own + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, selectionDepth(selection.selectionSet, inIntrospection));
      } else {
        deepest = Math.max(deepest, fragmentDepth(selection.name.value, inIntrospection));
      }
    }
    return deepest;
  };

  return selectionDepth(operation.selectionSet, false);
}

import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

export interface PageSizes {
  /** What a list returns when `first` is not given. */
  defaultPageSize: number;
  /** The central cap on `first`; a larger `first` is refused by the list itself, with a clearer message. */
  maxPageSize: number;
}

/**
 * A field taking `first` (every Relay connection) costs 1 plus `first` times what is selected under
 * it: `listings(first: 100) { edges { node { … } } }` reads up to 100 nodes. The whole selection is
 * multiplied, `totalCount` and `pageInfo` included: simpler, and it errs on the safe side.
 */
export function pageSizeEstimator(pages: PageSizes): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!field.args.some((arg) => arg.name === 'first')) return undefined;
    const first = typeof args.first === 'number' ? args.first : pages.defaultPageSize;
    return 1 + Math.min(Math.max(first, 0), pages.maxPageSize) * childComplexity;
  };
}

/**
 * Estimated cost of running `operation` with `variables`: each field 1 plus what is under it, lists
 * multiplied by their page size. Reference-data lists (provinces, chains …) take no `first` and
 * count once: they are small and served from memory.
 */
export function operationComplexity(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Record<string, unknown> | undefined,
  pages: PageSizes,
): number {
  // Only the operation that will run, so other operations in the same document do not add up.
  const query: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragments.values()] };
  return getComplexity({
    schema,
    query,
    variables,
    estimators: [pageSizeEstimator(pages), simpleEstimator({ defaultComplexity: 1 })],
  });
}

import { getVariableValues, Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { operationComplexity, type PageSizes } from './operation-complexity.js';
import { operationDepth } from './operation-depth.js';

export interface OperationMeasure {
  depth: number;
  /**
   * Undefined when the variables do not fit the operation (execution refuses it before any resolver
   * runs), Infinity when it spreads into more fields than are worth counting (a fragment bomb).
   */
  complexity?: number;
}

// graphql-query-complexity stops counting past 10 000 field visits and throws this.
const TOO_MANY_NODES = 'Query exceeds the maximum allowed number of nodes.';

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Depth and complexity of one operation of a validated document. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  pages: PageSizes,
): OperationMeasure {
  const fragments = fragmentsOf(document);
  const depth = operationDepth(operation, fragments);
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (errors?.length) return { depth };
  try {
    return { depth, complexity: operationComplexity(schema, operation, fragments, variables, pages) };
  } catch (error) {
    if (error instanceof Error && error.message === TOO_MANY_NODES) return { depth, complexity: Number.POSITIVE_INFINITY };
    throw error;
  }
}

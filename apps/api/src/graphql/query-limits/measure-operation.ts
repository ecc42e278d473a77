import {
  getIntrospectionQuery, getVariableValues, Kind, parse,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import { operationCost, TooManyFieldsError, type CostModel } from './operation-complexity.js';
import { operationDepth } from './operation-depth.js';

export interface OperationMeasure {
  depth: number;
  /**
   * Undefined when the variables do not fit the operation (execution refuses it before any resolver
   * runs), Infinity when it spreads into more fields than are worth counting (a fragment bomb).
   */
  complexity?: number;
  /** Values its introspection fields return, and the most an operation may introspect. */
  introspection?: { values: number; allowance: number };
}

export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** Depth and cost of one operation of a validated document. */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  model: CostModel,
): OperationMeasure {
  const fragments = fragmentsOf(document);
  const depth = operationDepth(operation, fragments);
  const { coerced, errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (errors?.length || !coerced) return { depth };
  try {
    const cost = operationCost(schema, operation, fragments, coerced, model);
    return { depth, complexity: cost.complexity, introspection: { values: cost.introspection, allowance: introspectionAllowance(schema, model) } };
  } catch (error) {
    if (error instanceof TooManyFieldsError) return { depth, complexity: Number.POSITIVE_INFINITY };
    throw error;
  }
}

const allowances = new WeakMap<GraphQLSchema, number>();

/**
 * Twice what the standard introspection query (the one GraphiQL and code generators send) returns
 * for this schema: tools get the whole schema, nested re-entry into types does not.
 */
function introspectionAllowance(schema: GraphQLSchema, model: CostModel): number {
  let allowance = allowances.get(schema);
  if (allowance === undefined) {
    const document = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true }));
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    allowance = 2 * operationCost(schema, operation, fragmentsOf(document), {}, model).introspection;
    allowances.set(schema, allowance);
  }
  return allowance;
}

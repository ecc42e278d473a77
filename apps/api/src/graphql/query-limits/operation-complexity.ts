import {
  getArgumentValues, getNamedType, getNullableType, isCompositeType, isListType, Kind, SchemaMetaFieldDef, TypeMetaFieldDef,
  TypeNameMetaFieldDef, type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { isIncluded } from '@chainmatch/core';
import { costOf, type FieldCosts } from './field-costs.js';
import { IntrospectionCounter } from './introspection-size.js';

export interface PageSizes {
  /** What a list returns when `first` is not given. */
  defaultPageSize: number;
  /** The central cap on `first`; a larger `first` is refused by the list itself, with a clearer message. */
  maxPageSize: number;
}

export interface CostModel extends PageSizes {
  fields: FieldCosts;
}

/** The parts of an operation's cost: introspection is counted exactly and held to its own allowance. */
export interface OperationCost {
  complexity: number;
  introspection: number;
}

/** More fields visited than any sensible operation has: a fragment bomb. */
export class TooManyFieldsError extends Error {}

// Each field spread is visited once per place it is spread; this bounds the work of measuring.
const MAX_FIELD_VISITS = 50_000;
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

type Variables = Readonly<Record<string, unknown>>;

/**
 * The estimated cost of an operation, computed from the document before anything runs. Each field
 * costs 1 plus its declared extra work, plus what it selects times the items it returns:
 * - a connection (a field taking `first`) returns `first` edges (the default page size without it,
 *   at most the cap), so `edges` is multiplied by the page size but `totalCount` and `pageInfo` once;
 * - a list taking `first` (matchesForListing) returns `first` items;
 * - any other list returns its declared items (`model.fields`), or a full page when undeclared;
 * - every alias and every spread counts: the same field asked for twice costs twice.
 * Introspection is counted apart, exactly: see IntrospectionCounter.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Variables,
  model: CostModel,
): OperationCost {
  const root = rootTypeOf(schema, operation);
  const walker = new CostWalker(schema, fragments, variables, model);
  return { complexity: root ? walker.selectionCost(operation.selectionSet, root, undefined) : 0, introspection: walker.introspection };
}

class CostWalker {
  private visits = 0;
  introspection = 0;
  private readonly introspectionCounter: IntrospectionCounter;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
    private readonly model: CostModel,
  ) {
    this.introspectionCounter = new IntrospectionCounter(schema, fragments, variables, () => this.visit());
  }

  /** What a selection costs once; `page` is the page size of the connection it selects from. */
  selectionCost(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, page: number | undefined): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!isIncluded(selection, this.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        total += this.fieldCost(selection, parentType, page);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
      if (!fragment) continue; // validation refuses unknown fragments before this runs
      const condition = fragment.typeCondition && this.schema.getType(fragment.typeCondition.name.value);
      total += this.selectionCost(fragment.selectionSet, isCompositeType(condition) ? condition : parentType, page);
    }
    return total;
  }

  visit(): void {
    this.visits += 1;
    if (this.visits > MAX_FIELD_VISITS) throw new TooManyFieldsError();
  }

  private fieldCost(node: FieldNode, parentType: GraphQLCompositeType, page: number | undefined): number {
    this.visit();
    const name = node.name.value;
    if (INTROSPECTION_ROOTS.has(name)) {
      this.introspection += this.introspectionCounter.rootFieldSize(node);
      return 0;
    }
    const field = fieldOf(this.schema, parentType, name);
    if (!field) return 1; // validation refuses unknown fields before this runs
    const declared = costOf(this.model.fields, parentType.name, name);
    const pageSize = this.pageSizeOf(field, node);
    const returnsList = isListType(getNullableType(field.type));
    const named = getNamedType(field.type);
    const childPage = returnsList ? undefined : pageSize;
    const children = node.selectionSet && isCompositeType(named) ? this.selectionCost(node.selectionSet, named, childPage) : 0;
    const items = returnsList ? pageSize ?? declared.items ?? (name === 'edges' ? page : undefined) ?? this.model.maxPageSize : 1;
    return 1 + (declared.extra ?? 0) + items * children;
  }

  /** The page a field taking `first` returns: `first`, the default without it, never past the cap. */
  private pageSizeOf(field: GraphQLField<unknown, unknown>, node: FieldNode): number | undefined {
    if (!field.args.some((arg) => arg.name === 'first')) return undefined;
    const { first } = getArgumentValues(field, node, this.variables as Record<string, unknown>);
    const size = typeof first === 'number' ? first : this.model.defaultPageSize;
    return Math.min(Math.max(size, 0), this.model.maxPageSize);
  }
}

function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode): GraphQLCompositeType | null | undefined {
  return schema.getRootType(operation.operation);
}

function fieldOf(schema: GraphQLSchema, parentType: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined {
  if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
  if (name === SchemaMetaFieldDef.name && parentType === schema.getQueryType()) return SchemaMetaFieldDef;
  if (name === TypeMetaFieldDef.name && parentType === schema.getQueryType()) return TypeMetaFieldDef;
  return 'getFields' in parentType ? parentType.getFields()[name] : undefined;
}

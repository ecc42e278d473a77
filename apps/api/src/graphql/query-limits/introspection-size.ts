import {
  getArgumentValues, getNamedType, getNullableType, isCompositeType, isListType, Kind, SchemaMetaFieldDef, TypeMetaFieldDef,
  type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo,
  type GraphQLSchema, type SelectionSetNode,
} from 'graphql';
import { isIncluded } from '@chainmatch/core';

type Variables = Readonly<Record<string, unknown>>;
type AnyField = GraphQLField<unknown, unknown>;

/**
 * The exact number of values an introspection field (`__schema`, `__type`) will return, found by
 * walking the schema with graphql-js's own introspection resolvers, which read nothing but the
 * schema in memory. No declared size could do: `__Schema.types` lists every type once, while
 * `__type { fields { type { fields … } } }` re-enters types and multiplies. Every value counts one
 * visit, so an operation that would return too much stops the count (TooManyFieldsError).
 */
export class IntrospectionCounter {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Variables,
    private readonly visit: () => void,
  ) {}

  rootFieldSize(node: FieldNode): number {
    const field = node.name.value === SchemaMetaFieldDef.name ? SchemaMetaFieldDef : TypeMetaFieldDef;
    return this.fieldSize(field, node, undefined, this.schema.getQueryType()!);
  }

  private selectionSize(selectionSet: SelectionSetNode, type: GraphQLObjectType, source: unknown): number {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (!isIncluded(selection, this.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value];
        total += field ? this.fieldSize(field, selection, source, type) : 1; // __typename
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
      const condition = fragment?.typeCondition?.name.value;
      if (fragment && (!condition || condition === type.name)) total += this.selectionSize(fragment.selectionSet, type, source);
    }
    return total;
  }

  private fieldSize(field: AnyField, node: FieldNode, source: unknown, parentType: GraphQLObjectType): number {
    this.visit();
    const named = getNamedType(field.type);
    if (!node.selectionSet || !isCompositeType(named)) return 1;
    const value = this.resolve(field, node, source, parentType);
    const values = isListType(getNullableType(field.type)) ? (value as unknown[] | null | undefined) ?? [] : value == null ? [] : [value];
    // Introspection types are object types; their fields never return an abstract type.
    return 1 + values.reduce<number>((sum, item) => sum + this.selectionSize(node.selectionSet!, named as GraphQLObjectType, item), 0);
  }

  private resolve(field: AnyField, node: FieldNode, source: unknown, parentType: GraphQLObjectType): unknown {
    const args = getArgumentValues(field, node, this.variables as Record<string, unknown>);
    if (!field.resolve) return (source as Record<string, unknown> | undefined)?.[field.name];
    const info = { schema: this.schema, parentType } as unknown as GraphQLResolveInfo;
    return field.resolve(source, args, undefined, info);
  }
}

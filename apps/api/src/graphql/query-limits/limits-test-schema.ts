import { buildSchema, getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';
import type { FieldCosts } from './field-costs.js';
import { fragmentsOf } from './measure-operation.js';

/** A small schema shaped like ours (connections with `first`, reference lists without) for the specs. */
export const testSchema = buildSchema(`
  type Query {
    listings(first: Int, after: String): ListingConnection!
    listing(id: ID!): Listing
    chains: [Chain!]!
  }
  type Mutation { closeListing(id: ID!): Listing! }
  type ListingConnection { totalCount: Int! edges: [ListingEdge!]! }
  type ListingEdge { cursor: String! node: Listing! }
  interface Node { id: ID! }
  type Listing implements Node { id: ID! title: String! enterprise: Enterprise! }
  type Enterprise implements Node { id: ID! nameZh: String! listings(first: Int): ListingConnection! }
  type Chain { id: ID! segments: [Segment!]! }
  type Segment { id: ID! chain: Chain! }
`);

/** Costs for the test schema: counts are work, reference lists are declared. */
export const TEST_FIELD_COSTS: FieldCosts = {
  '*.totalCount': { extra: 50 },
  'Query.chains': { items: 10 },
  'Chain.segments': { items: 5 },
};

export const TEST_COST_MODEL = { defaultPageSize: 20, maxPageSize: 100, fields: TEST_FIELD_COSTS };

export function parseOperation(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return { document, operation, fragments: fragmentsOf(document) };
}

export const INTROSPECTION_QUERY = getIntrospectionQuery();

/** Every field of every object of a response: what execution really returned, to compare estimates with. */
export function fieldsReturned(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + fieldsReturned(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.values(value).reduce<number>((sum, field) => sum + 1 + fieldsReturned(field), 0);
}

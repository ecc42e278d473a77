import { buildSchema, getIntrospectionQuery, parse, type OperationDefinitionNode } from 'graphql';
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

export function parseOperation(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  return { document, operation, fragments: fragmentsOf(document) };
}

export const INTROSPECTION_QUERY = getIntrospectionQuery();

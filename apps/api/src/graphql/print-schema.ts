import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

export const SCHEMA_FILE = 'schema/schema.graphql';

const HEADER = `# ChainMatch GraphQL API — the contract with frontends.
# Generated from the code-first resolvers by \`npm run schema:emit\`; do not edit by hand.
# A test fails when this file differs from what the code serves.
`;

/** The schema the running application serves, printed in a stable (sorted) order. */
export function printApiSchema(app: INestApplication): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${HEADER}\n${printSchema(lexicographicSortSchema(schema))}\n`;
}

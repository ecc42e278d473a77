import { AUDIT_TARGETS } from '@chainmatch/audit';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, isEnumType, Kind, parse, validate, type DocumentNode, type GraphQLSchema, type OperationTypeNode, type SelectionSetNode } from 'graphql';
import { printApiSchema, SCHEMA_FILE } from '../../apps/api/src/graphql/print-schema.js';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { startTestApi, type TestApi } from '../support/test-api.js';

const OPERATIONS_DIR = 'schema/operations';

async function exampleOperations(): Promise<{ file: string; document: DocumentNode }[]> {
  const files = (await readdir(OPERATIONS_DIR)).filter((file) => file.endsWith('.graphql'));
  return Promise.all(files.map(async (file) => ({ file, document: parse(await readFile(path.join(OPERATIONS_DIR, file), 'utf8')) })));
}

/** `Query.listing`, `Mutation.login` …: every root field the example operations use, through their fragments. */
function rootFieldsUsed(documents: DocumentNode[]): Set<string> {
  const fragments = new Map(documents.flatMap((d) => d.definitions).filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  const typeOf: Record<OperationTypeNode, string> = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' };
  const used = new Set<string>();
  const collect = (type: string, selections: SelectionSetNode) => selections.selections.forEach((selection) => {
    if (selection.kind === Kind.FIELD) used.add(`${type}.${selection.name.value}`);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collect(type, selection.selectionSet);
    else collect(type, fragments.get(selection.name.value)!.selectionSet);
  });
  for (const definition of documents.flatMap((d) => d.definitions)) {
    if (definition.kind === Kind.OPERATION_DEFINITION) collect(typeOf[definition.operation], definition.selectionSet);
  }
  return used;
}

function rootFieldsOf(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .flatMap((type) => (type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : []));
}

describe('the API contract in schema/', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('schema/schema.graphql is what the code serves (run `npm run schema:emit` after an API change)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(printApiSchema(api.app));
  });

  it('every example operation in schema/operations validates against the committed schema', async () => {
    const schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
    const operations = await exampleOperations();
    expect(operations.length).toBeGreaterThan(0);
    for (const { file, document } of operations) {
      const errors = validate(schema, document);
      expect({ file, errors: errors.map((e) => e.message) }).toEqual({ file, errors: [] });
    }
  });

  it('has an example operation for every query, mutation and subscription', async () => {
    const schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
    const used = rootFieldsUsed((await exampleOperations()).map((operation) => operation.document));
    expect(rootFieldsOf(schema).filter((field) => !used.has(field))).toEqual([]);
  });

  it('documents every lib\'s enum of refusal reasons in the schema, value by value', async () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const libs = (await readdir('libs', { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    const exported = (await Promise.all(libs.map(async (lib) => Object.entries(await import(`@chainmatch/${lib}`) as Record<string, unknown>))))
      .flat().filter(([name]) => name.endsWith('ErrorReason'));
    expect(exported.length).toBeGreaterThanOrEqual(7);
    for (const [name, values] of exported) {
      const type = schema.getType(name);
      expect({ name, values: isEnumType(type) ? type.getValues().map((v) => v.value).sort() : 'not in the schema' })
        .toEqual({ name, values: Object.values(values as object).sort() });
    }
  });

  it('names the audit target of every mutation the API serves (AUDIT_TARGETS), and of no other', () => {
    const mutations = Object.keys(api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields());
    expect(mutations.filter((name) => !AUDIT_TARGETS[name])).toEqual([]);
    expect(Object.keys(AUDIT_TARGETS).filter((name) => !mutations.includes(name))).toEqual([]);
  });
});

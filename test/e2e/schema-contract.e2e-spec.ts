import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { printApiSchema, SCHEMA_FILE } from '../../apps/api/src/graphql/print-schema.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const OPERATIONS_DIR = 'schema/operations';

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
    const files = (await readdir(OPERATIONS_DIR)).filter((file) => file.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const errors = validate(schema, parse(await readFile(path.join(OPERATIONS_DIR, file), 'utf8')));
      expect({ file, errors: errors.map((e) => e.message) }).toEqual({ file, errors: [] });
    }
  });
});

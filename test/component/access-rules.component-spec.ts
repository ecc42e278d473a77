import { operationRules, operationsWithoutResolver } from '@chainmatch/auth';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('every operation declares who may call it', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('finds a resolver for every root field of the schema (so the walk below sees them all)', () => {
    expect(operationsWithoutResolver(api.app)).toEqual([]);
    expect(operationRules(api.app).length).toBeGreaterThan(20);
  });

  it('has an access rule on every query, mutation and subscription', () => {
    const missing = operationRules(api.app).filter((r) => !r.rule).map((r) => r.operation);
    expect(missing).toEqual([]);
  });

  it('prints the rules, as a reviewable table', () => {
    const rows = operationRules(api.app)
      .map(({ operation, rule }) => `${operation.padEnd(38)} ${rule?.kind === 'PUBLIC' ? 'PUBLIC' : rule?.roles.join(', ')}`)
      .sort();
    console.log(`access rules:\n${rows.join('\n')}`);
    expect(rows.length).toBe(operationRules(api.app).length);
  });
});

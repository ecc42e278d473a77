import { InvalidEnvironmentError, validateEnvironment } from '@chainmatch/config';

describe('search configuration', () => {
  it('defaults to the embedded PostgreSQL engine with an in-process worker', () => {
    expect(validateEnvironment({})).toMatchObject({
      SEARCH_ENGINE: 'postgres', MEILI_INDEX: 'listings', SEARCH_WORKER_IN_PROCESS: true, SEARCH_SYNC_INTERVAL_MS: 500,
      SEARCH_SYNC_BATCH_SIZE: 500, SEARCH_SYNC_RETRY_BASE_MS: 1000, SEARCH_SYNC_RETRY_MAX_MS: 300_000, SEARCH_SYNC_LEASE_MS: 60_000,
    });
  });

  it('accepts Meilisearch with a server URL and key', () => {
    expect(validateEnvironment({ SEARCH_ENGINE: 'meilisearch', MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'k' }))
      .toMatchObject({ SEARCH_ENGINE: 'meilisearch', MEILI_URL: 'http://127.0.0.1:7700' });
  });

  it.each([
    [{ SEARCH_ENGINE: 'meilisearch' }, 'MEILI_URL'],
    [{ SEARCH_ENGINE: 'elastic' }, 'SEARCH_ENGINE'],
    [{ MEILI_URL: 'ftp://x' }, 'MEILI_URL'],
    [{ MEILI_INDEX: 'bad index' }, 'MEILI_INDEX'],
    [{ SEARCH_SYNC_BATCH_SIZE: '0' }, 'SEARCH_SYNC_BATCH_SIZE'],
    [{ SEARCH_WORKER_IN_PROCESS: 'sometimes' }, 'SEARCH_WORKER_IN_PROCESS'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => validateEnvironment(env)).toThrow(InvalidEnvironmentError);
    expect(() => validateEnvironment(env)).toThrow(new RegExp(`${name}=`));
  });
});

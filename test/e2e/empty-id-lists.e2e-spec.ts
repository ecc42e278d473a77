import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, Logger, QueryRunner } from 'typeorm';
import { signUpMember } from '../support/accounts.js';
import { publishListing, SEARCH, waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/** Every statement that reads the listing table, whatever alias TypeORM or a hand-written query gives it. */
const READS_LISTING = /\b(FROM|JOIN)\s+"?listing"?(\s|$)/i;

describe('a search without hits reads no listing row (issue 8.3)', () => {
  let api: TestApi;
  let recorded: string[] | undefined;

  /** The statements the API's own connection pool ran while `request` was in flight. */
  async function statementsOf(request: () => Promise<unknown>): Promise<string[]> {
    recorded = [];
    try {
      await request();
      return recorded;
    } finally {
      recorded = undefined;
    }
  }
  const search = (variables: Record<string, unknown>) => api.graphql.data(SEARCH, variables);

  beforeAll(async () => {
    // No background loop may read listings while a request is watched: the test drains the index itself.
    api = await startTestApi({ env: { SEARCH_WORKER_IN_PROCESS: 'false', MATCH_WORKER_IN_PROCESS: 'false', LISTING_EXPIRY_SWEEP_MS: '3600000' } });
    const member = await signUpMember(api);
    await publishListing(member);
    await publishListing(member, { title: '供应晶圆级封装产能', keywords: ['WLP'] });
    await waitForIndex(api);
    const dataSource = api.app.get<DataSource>(getDataSourceToken());
    const logger: Logger = dataSource.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query: string, parameters?: unknown[], runner?: QueryRunner) => {
      recorded?.push(query);
      logQuery(query, parameters, runner);
    };
  }, 120_000); // an API, two listings and an index drain: slow on a loaded machine, bounded all the same
  afterAll(() => api.close());

  it('reads the hits\' listings when there are hits (the probe sees listing reads)', async () => {
    const statements = await statementsOf(() => search({ input: { text: '封装' }, first: 5 }));
    expect(statements.filter((sql) => READS_LISTING.test(sql))).toHaveLength(1);
  });

  it.each([
    ['an unknown word', { input: { text: 'zzqxv不存在的词语' }, first: 20 }],
    ['first: 0', { input: { text: '封装' }, first: 0 }],
  ])('reads no listing for %s', async (_case, variables) => {
    const statements = await statementsOf(() => search(variables));
    expect(statements.filter((sql) => READS_LISTING.test(sql))).toEqual([]);
  });

  it('reads no listing for a page past the end', async () => {
    const { searchListings: firstPage } = await search({ input: { text: '封装' }, first: 5 });
    expect(firstPage.pageInfo.hasNextPage).toBe(false);
    const statements = await statementsOf(async () => {
      const { searchListings } = await search({ input: { text: '封装' }, first: 5, after: firstPage.pageInfo.endCursor });
      expect(searchListings.edges).toEqual([]);
    });
    expect(statements.filter((sql) => READS_LISTING.test(sql))).toEqual([]);
  });
});

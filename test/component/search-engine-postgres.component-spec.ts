import { SEARCH_ENGINE, type SearchEngine } from '@chainmatch/search';
import { describeSearchEngineContract } from '../../libs/search/src/testing/search-engine.contract.js';
import { startTestApi } from '../support/test-api.js';

// The embedded engine, as the API configures it, on a database of its own (no listings: the
// contract writes documents straight into the engine).
describeSearchEngineContract('postgres', async () => {
  const api = await startTestApi({ env: { SEARCH_ENGINE: 'postgres', SEARCH_WORKER_IN_PROCESS: 'false' } });
  return { engine: api.app.get<SearchEngine>(SEARCH_ENGINE), close: () => api.close() };
});

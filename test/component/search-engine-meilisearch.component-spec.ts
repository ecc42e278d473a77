import { SEARCH_ENGINE, type SearchEngine } from '@chainmatch/search';
import { Meilisearch } from 'meilisearch';
import { describeSearchEngineContract } from '../../libs/search/src/testing/search-engine.contract.js';
import { describeSearchRelevanceContract } from '../../libs/search/src/testing/search-relevance.contract.js';
import { startTestApi } from '../support/test-api.js';

// The same contract against a live Meilisearch server, when MEILI_URL names one (with MEILI_MASTER_KEY
// if it has keys). No server can be installed on the development machines, so it is skipped there.
const meiliUrl = process.env.MEILI_URL;
const describeIfMeili = meiliUrl ? describe : describe.skip;

if (!meiliUrl) {
  console.warn('Meilisearch contract suite skipped: MEILI_URL unset (set MEILI_URL, and MEILI_MASTER_KEY if needed, to run it).');
}

describeIfMeili('Meilisearch server', () => {
  const index = `contract_${process.pid}_${Date.now().toString(36)}`;

  const startEngine = (suffix: string) => async () => {
    const api = await startTestApi({
      env: { SEARCH_ENGINE: 'meilisearch', MEILI_URL: meiliUrl!, MEILI_INDEX: `${index}_${suffix}`, SEARCH_WORKER_IN_PROCESS: 'false' },
    });
    return {
      engine: api.app.get<SearchEngine>(SEARCH_ENGINE),
      close: async () => {
        await new Meilisearch({ host: meiliUrl!, apiKey: process.env.MEILI_MASTER_KEY }).deleteIndexIfExists(`${index}_${suffix}`);
        await api.close();
      },
    };
  };

  describeSearchEngineContract('meilisearch', startEngine('contract'));
  describeSearchRelevanceContract('meilisearch', startEngine('relevance'));
});

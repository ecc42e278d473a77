import { AppConfig } from '@chainmatch/config';
import { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { MeilisearchEngine } from '../meilisearch/meilisearch.engine.js';
import { PostgresSearchEngine } from '../postgres/postgres-search.engine.js';
import { SearchPool } from '../postgres/search-pool.js';
import type { SearchTextService } from '../text/search-text.service.js';
import type { SearchEngine } from './search-engine.port.js';

/** A request to the Meilisearch server that takes longer than this counts as failed (and is retried). */
const MEILI_REQUEST_TIMEOUT_MS = 10_000;
const MEILI_TASK_TIMEOUT_MS = 30_000;

/** The engine SEARCH_ENGINE names; only the chosen one's client is ever created. */
export function createSearchEngine(config: AppConfig, dataSource: DataSource, text: SearchTextService): SearchEngine {
  if (config.get('SEARCH_ENGINE') === 'meilisearch') {
    const client = new Meilisearch({ host: config.get('MEILI_URL')!, apiKey: config.get('MEILI_MASTER_KEY'), timeout: MEILI_REQUEST_TIMEOUT_MS });
    return new MeilisearchEngine(
      client,
      () => ({ lexicon: text.vocabulary.lexicon, dictionary: text.dictionary }),
      (query) => text.plan(query),
      { indexUid: config.get('MEILI_INDEX'), taskTimeoutMs: MEILI_TASK_TIMEOUT_MS },
    );
  }
  const { url } = dataSource.options as { url?: string };
  if (!url) throw new Error('the PostgreSQL search engine needs the database URL of the data source');
  return new PostgresSearchEngine(new SearchPool(url), text);
}

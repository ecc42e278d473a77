import { AppConfig } from '@chainmatch/config';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SEARCH_ENGINE, type SearchEngine } from '../engine/search-engine.port.js';
import { ListingDocumentRepository } from './listing-document.repository.js';
import { ListingTermsRepository } from './listing-terms.repository.js';
import { SearchEngineLifecycle } from './search-engine.lifecycle.js';
import { SearchOutboxRepository } from './search-outbox.repository.js';
import { SearchRebuildService } from './search-rebuild.service.js';
import { SearchSyncWorker, type SyncSettings } from './search-sync.worker.js';

/**
 * One pass of index sync, run in a loop by the background loop registry (apps/api/src/background):
 * in the API process when SEARCH_WORKER_IN_PROCESS (the default), or as `npm run search:worker`.
 * The loop drains while a pass says there is more, then polls every SEARCH_SYNC_INTERVAL_MS; a pass
 * runs a requested rebuild (after a TRUNCATE of listings) when no other process is running one.
 */
@Injectable()
export class SearchSyncRunner {
  private readonly logger = new Logger('SearchSync');
  readonly worker: SearchSyncWorker;

  constructor(
    config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    private readonly outbox: SearchOutboxRepository,
    documents: ListingDocumentRepository,
    @Inject(SEARCH_ENGINE) engine: SearchEngine,
    terms: ListingTermsRepository,
    private readonly rebuilds: SearchRebuildService,
    private readonly lifecycle: SearchEngineLifecycle,
  ) {
    this.worker = new SearchSyncWorker(dataSource, outbox, documents, engine, terms, syncSettings(config));
  }

  /** One step; true when there is probably more to do right away. */
  async runOnce(): Promise<boolean> {
    if (!(await this.lifecycle.ensureSettings())) return false;
    if (await this.outbox.rebuildRequested()) {
      const report = await this.rebuilds.rebuild({ skipIfBusy: true });
      if (report) this.logger.log(`index rebuilt on request: ${report.documents} documents in ${report.seconds.toFixed(1)} s`);
    }
    const outcome = await this.worker.drainOnce();
    if (outcome.failed) this.logger.warn(`search engine refused a batch of ${outcome.claimed}; retrying with backoff`);
    if (outcome.requeued > 0) this.logger.warn(`${outcome.requeued} change(s) outlived their lease and were queued again`);
    return outcome.claimed > 0 && !outcome.failed;
  }
}

export function syncSettings(config: AppConfig): SyncSettings {
  return {
    batchSize: config.get('SEARCH_SYNC_BATCH_SIZE'),
    leaseMs: config.get('SEARCH_SYNC_LEASE_MS'),
    retry: { baseMs: config.get('SEARCH_SYNC_RETRY_BASE_MS'), maxMs: config.get('SEARCH_SYNC_RETRY_MAX_MS') },
  };
}

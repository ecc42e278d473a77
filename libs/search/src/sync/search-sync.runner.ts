import { AppConfig } from '@chainmatch/config';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
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
 * Runs a sync worker in a loop: in the API process when SEARCH_WORKER_IN_PROCESS (the default), or
 * as `npm run search:worker`. Drains while there is work, then polls every SEARCH_SYNC_INTERVAL_MS;
 * runs a requested rebuild (after a TRUNCATE of listings) when no other process is running one.
 */
@Injectable()
export class SearchSyncRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchSync');
  readonly worker: SearchSyncWorker;
  private running?: Promise<void>;
  private stopping = false;
  private wake?: () => void;

  constructor(
    private readonly config: AppConfig,
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

  onApplicationBootstrap(): void {
    if (this.config.get('SEARCH_WORKER_IN_PROCESS')) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  start(): void {
    this.stopping = false;
    this.running ??= this.loop().finally(() => (this.running = undefined));
  }

  /** Finishes the batch in flight, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const more = await this.tick().catch((error) => {
        this.logger.error(error);
        return false;
      });
      if (!more) await this.pause(this.config.get('SEARCH_SYNC_INTERVAL_MS'));
    }
  }

  /** One step; true when there is probably more to do right away. */
  private async tick(): Promise<boolean> {
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

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

export function syncSettings(config: AppConfig): SyncSettings {
  return {
    batchSize: config.get('SEARCH_SYNC_BATCH_SIZE'),
    leaseMs: config.get('SEARCH_SYNC_LEASE_MS'),
    retry: { baseMs: config.get('SEARCH_SYNC_RETRY_BASE_MS'), maxMs: config.get('SEARCH_SYNC_RETRY_MAX_MS') },
  };
}

import { ChainsModule } from '@chainmatch/chains';
import { LexiconCoreModule } from '@chainmatch/lexicon';
import { AppConfig } from '@chainmatch/config';
import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { createSearchEngine } from './engine/search-engine.factory.js';
import { SEARCH_ENGINE } from './engine/search-engine.port.js';
import { ListingDocumentRepository } from './sync/listing-document.repository.js';
import { ListingTermsRepository } from './sync/listing-terms.repository.js';
import { SearchEngineLifecycle } from './sync/search-engine.lifecycle.js';
import { SearchOutboxRepository } from './sync/search-outbox.repository.js';
import { SearchRebuildService } from './sync/search-rebuild.service.js';
import { SearchSyncRunner } from './sync/search-sync.runner.js';
import { SearchVerifyService } from './sync/search-verify.service.js';
import { SearchTextService } from './text/search-text.service.js';

/** The engine, its sync from the database, rebuild and verify: what the API and the command-line tools share. */
@Module({
  imports: [ChainsModule, LexiconCoreModule],
  providers: [
    SearchTextService,
    { provide: SEARCH_ENGINE, inject: [AppConfig, getDataSourceToken(), SearchTextService], useFactory: createSearchEngine },
    ListingDocumentRepository,
    ListingTermsRepository,
    SearchOutboxRepository,
    SearchEngineLifecycle,
    SearchRebuildService,
    SearchVerifyService,
    SearchSyncRunner,
  ],
  exports: [
    SEARCH_ENGINE, SearchTextService, ListingDocumentRepository, ListingTermsRepository, SearchOutboxRepository, SearchEngineLifecycle, SearchRebuildService,
    SearchVerifyService, SearchSyncRunner,
  ],
})
export class SearchCoreModule {}

import { CreateSearch1764000010000 } from './migrations/1764000010000-CreateSearch.js';
import { SearchFanout1764000010500 } from './migrations/1764000010500-SearchFanout.js';
import { DeclaredSearchTriggers1764000040000 } from './migrations/1764000040000-DeclaredSearchTriggers.js';
import { LexiconAnalysis1764000051000 } from './migrations/1764000051000-LexiconAnalysis.js';
import { SearchLexiconMatch1764000052000 } from './migrations/1764000052000-SearchLexiconMatch.js';
import { SearchGeoCube1764000053000 } from './migrations/1764000053000-SearchGeoCube.js';
import { SearchGeoCells1764000054000 } from './migrations/1764000054000-SearchGeoCells.js';
import { SearchNearestBySegment1764000100000 } from './migrations/1764000100000-SearchNearestBySegment.js';
import { QualifiedTermsRebuild1764000100500 } from './migrations/1764000100500-QualifiedTermsRebuild.js';
import { InlineGeoCells1764000110000 } from './migrations/1764000110000-InlineGeoCells.js';
import { EnglishQualifiedRebuild1764000110500 } from './migrations/1764000110500-EnglishQualifiedRebuild.js';
import { OfferSegmentKeysColumn1764000111000 } from './migrations/1764000111000-OfferSegmentKeysColumn.js';
import { TradeNamesRebuild1764000130000 } from './migrations/1764000130000-TradeNamesRebuild.js';
import { HeldProductsRebuild1764000130500 } from './migrations/1764000130500-HeldProductsRebuild.js';
import { RepairServicesRebuild1764000131000 } from './migrations/1764000131000-RepairServicesRebuild.js';
import { AnalyzersAndNamesRebuild1764000131500 } from './migrations/1764000131500-AnalyzersAndNamesRebuild.js';
import { ForceTorqueSensorRebuild1764000132000 } from './migrations/1764000132000-ForceTorqueSensorRebuild.js';
import { WaferAndInfixRebuild1764000120000 } from './migrations/1764000120000-WaferAndInfixRebuild.js';
import { ScoringTerms1764000061000 } from './migrations/1764000061000-ScoringTerms.js';
import { OfferSegmentKeys1764000062000 } from './migrations/1764000062000-OfferSegmentKeys.js';
import { DeclaredLexiconTriggers1764000063000 } from './migrations/1764000063000-DeclaredLexiconTriggers.js';

export { greatCircleKm } from './engine/great-circle.js';
export { distinctKeywords, fingerprintOf, MAX_KEYWORDS } from './engine/listing-document.js';
export type { DocumentFingerprint, GeoLocation, ListingDocument } from './engine/listing-document.js';
export { createSearchEngine } from './engine/search-engine.factory.js';
export { FACET_NAMES, MAX_TOTAL_HITS, SEARCH_ENGINE } from './engine/search-engine.port.js';
export type {
  EngineHealth, FacetCount, FacetCounts, FacetName, Highlight, IndexRebuild, QueryCorrection, SearchEngine, SearchFilters, SearchHit, SearchNear,
  SearchRequest, SearchResult, SearchSort, SettingsReport, TextRange,
} from './engine/search-engine.port.js';
export { ListingSearchService } from './graphql/listing-search.service.js';
export { SearchErrorReason } from './graphql/search.errors.js';
export { SearchListingsInput, SearchSort as SearchSortInput } from './graphql/search-listings.inputs.js';
export { SearchHealthIndicator } from './health/search-health.indicator.js';
export { MeilisearchEngine } from './meilisearch/meilisearch.engine.js';
export { PostgresSearchEngine } from './postgres/postgres-search.engine.js';
export { SearchPool } from './postgres/search-pool.js';
export { SearchCoreModule } from './search-core.module.js';
export { createSearchContext, SearchStandaloneModule } from './search-standalone.module.js';
export type { LineLogger } from './search-standalone.module.js';
export { SearchModule } from './search.module.js';
export { ListingDocumentRepository } from './sync/listing-document.repository.js';
export { ListingTermsRepository } from './sync/listing-terms.repository.js';
export type { OfferCount } from './sync/listing-terms.repository.js';
export { SearchEngineLifecycle } from './sync/search-engine.lifecycle.js';
export { SearchOutboxRepository } from './sync/search-outbox.repository.js';
export type { ClaimedChange, RetryPolicy, SyncBacklog } from './sync/search-outbox.repository.js';
export { REBUILD_BATCH_SIZE, SearchRebuildService } from './sync/search-rebuild.service.js';
export type { RebuildOptions, RebuildReport } from './sync/search-rebuild.service.js';
export { SearchSyncRunner, syncSettings } from './sync/search-sync.runner.js';
export { SearchSyncWorker } from './sync/search-sync.worker.js';
export { SEARCH_OUTBOX, SEARCH_TRIGGERS } from './sync/search.triggers.js';
export type { DrainOutcome, SyncSettings } from './sync/search-sync.worker.js';
export { hasDrift, SearchVerifyService } from './sync/search-verify.service.js';
export type { DriftReport } from './sync/search-verify.service.js';
export { searchRelaxing } from './engine/relaxed-search.js';
export type { StrictSearch } from './engine/relaxed-search.js';
export { relaxationOrder } from './text/query-plan.js';
export type { PlannedTerm, QueryPlan } from './text/query-plan.js';
export { SearchTextService } from './text/search-text.service.js';
export { NO_OFFER_KEYS } from './text/listing-terms.js';
export type { ListingTerms, OfferKeys, ProductTerm, ScoredListing, TermRole } from './text/listing-terms.js';
export { BROADER_REACH, groupLexeme, MAX_QUERY_TERMS, qualifiedLexeme, TermVocabulary, underLexeme } from './text/term-vocabulary.js';
export type { QueryTerm } from './text/term-vocabulary.js';
export { isProductTerm, termWeight, WEIGHT as TERM_WEIGHT } from './text/term-weights.js';
export { TextAnalyzer } from './text/text-analyzer.js';

export const searchEntities = [];
export const searchMigrations = [
  CreateSearch1764000010000, SearchFanout1764000010500, DeclaredSearchTriggers1764000040000, LexiconAnalysis1764000051000, SearchLexiconMatch1764000052000,
  SearchGeoCube1764000053000, SearchGeoCells1764000054000, ScoringTerms1764000061000, OfferSegmentKeys1764000062000, DeclaredLexiconTriggers1764000063000,
  SearchNearestBySegment1764000100000, QualifiedTermsRebuild1764000100500, InlineGeoCells1764000110000, EnglishQualifiedRebuild1764000110500,
  OfferSegmentKeysColumn1764000111000, WaferAndInfixRebuild1764000120000, TradeNamesRebuild1764000130000,
  HeldProductsRebuild1764000130500, RepairServicesRebuild1764000131000, AnalyzersAndNamesRebuild1764000131500,
  ForceTorqueSensorRebuild1764000132000,
];

import { ChainsModule } from '@chainmatch/chains';
import { EnterprisesModule } from '@chainmatch/enterprises';
import { InterestModule, ResponsivenessService } from '@chainmatch/interest';
import { ListingsModule } from '@chainmatch/listings';
import { RegionsModule } from '@chainmatch/regions';
import { SearchCoreModule } from '@chainmatch/search';
import { UnitsModule } from '@chainmatch/units';
import { Module } from '@nestjs/common';
import { CurationResolver } from './curation/curation.resolver.js';
import { CurationService } from './curation/curation.service.js';
import { MatchFieldsResolver } from './curation/match-fields.resolver.js';
import { MatchQueryService } from './curation/match-query.service.js';
import { MatchRefreshWorker } from './persistence/match-refresh.worker.js';
import { MatchRefresher } from './persistence/match-refresher.js';
import { MatchStore } from './persistence/match-store.js';
import { MyMatchesResolver } from './curation/my-matches.resolver.js';
import { MatchSideRepository } from './suggestions/match-side.repository.js';
import { SuggestionResolver } from './suggestions/suggestion.resolver.js';
import { RESPONSIVENESS_SOURCE } from './suggestions/responsiveness.port.js';
import { SuggestionService } from './suggestions/suggestion.service.js';

/** Suggestions, persisted matches and their curation. */
@Module({
  imports: [SearchCoreModule, ChainsModule, RegionsModule, UnitsModule, ListingsModule, EnterprisesModule, InterestModule],
  providers: [
    { provide: RESPONSIVENESS_SOURCE, useExisting: ResponsivenessService },
    MatchSideRepository, SuggestionService, SuggestionResolver, MatchStore, MatchRefresher, MatchRefreshWorker,
    CurationService, MatchQueryService, CurationResolver, MatchFieldsResolver, MyMatchesResolver,
  ],
  exports: [SuggestionService, MatchRefreshWorker, CurationService],
})
export class MatchingModule {}

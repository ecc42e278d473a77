import { ChainsModule } from '@chainmatch/chains';
import { ListingsModule } from '@chainmatch/listings';
import { RegionsModule } from '@chainmatch/regions';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ListingSearchService } from './graphql/listing-search.service.js';
import { SearchListingsResolver } from './graphql/search-listings.resolver.js';
import { SearchHealthIndicator } from './health/search-health.indicator.js';
import { SearchCoreModule } from './search-core.module.js';

/** Search in the API: the engine and its sync (SearchCoreModule), searchListings, and the health entry. */
@Module({
  imports: [SearchCoreModule, ListingsModule, ChainsModule, RegionsModule, TerminusModule],
  providers: [ListingSearchService, SearchListingsResolver, SearchHealthIndicator],
  exports: [SearchCoreModule, ListingSearchService, SearchHealthIndicator],
})
export class SearchModule {}

import { ChainsModule } from '@chainmatch/chains';
import { EnterprisesModule } from '@chainmatch/enterprises';
import { RegionsModule } from '@chainmatch/regions';
import { UnitsModule } from '@chainmatch/units';
import { Module } from '@nestjs/common';
import { ListingContentMapper } from './listing-content.js';
import { ListingExpirySweeper } from './listing-expiry.sweeper.js';
import { ListingFieldsResolver } from './listing-fields.resolver.js';
import { ListingLoader } from './listing.loader.js';
import { ListingQueryService } from './listing-query.service.js';
import { ListingResolver } from './listing.resolver.js';
import { ListingService } from './listing.service.js';

@Module({
  imports: [ChainsModule, RegionsModule, UnitsModule, EnterprisesModule],
  providers: [ListingService, ListingQueryService, ListingLoader, ListingContentMapper, ListingExpirySweeper, ListingResolver, ListingFieldsResolver],
  exports: [ListingService, ListingQueryService, ListingLoader, ListingExpirySweeper],
})
export class ListingsModule {}

import { EnterprisesModule } from '@chainmatch/enterprises';
import { ListingsModule } from '@chainmatch/listings';
import { Module } from '@nestjs/common';
import { InterestExpirySweeper } from './expiry/interest-expiry.sweeper.js';
import { InterestFieldsResolver } from './interest-fields.resolver.js';
import { InterestQueryService } from './interest-query.service.js';
import { InterestRepository } from './interest.repository.js';
import { InterestResolver } from './interest.resolver.js';
import { InterestService } from './interest.service.js';
import { EnterpriseResponsivenessResolver } from './responsiveness/enterprise-responsiveness.resolver.js';
import { ResponsivenessService } from './responsiveness/responsiveness.service.js';

/** Interest in listings, its answers and expiry, and the responsiveness figures drawn from them. */
@Module({
  imports: [EnterprisesModule, ListingsModule],
  providers: [
    InterestRepository, InterestService, InterestQueryService, InterestExpirySweeper, ResponsivenessService,
    InterestResolver, InterestFieldsResolver, EnterpriseResponsivenessResolver,
  ],
  exports: [InterestQueryService, InterestExpirySweeper, ResponsivenessService],
})
export class InterestModule {}

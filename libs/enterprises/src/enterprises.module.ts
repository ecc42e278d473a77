import { AuthModule } from '@chainmatch/auth';
import { ChainsModule } from '@chainmatch/chains';
import { RegionsModule } from '@chainmatch/regions';
import { Module } from '@nestjs/common';
import { ContactGrantService } from './contact-grants/contact-grant.service.js';
import { EnterpriseFieldsResolver } from './enterprise-fields.resolver.js';
import { EnterpriseLoader } from './enterprise.loader.js';
import { EnterpriseRepository } from './enterprise.repository.js';
import { EnterpriseResolver } from './enterprise.resolver.js';
import { EnterpriseService } from './enterprise.service.js';
import { MemberQueryService } from './membership/member-query.service.js';
import { MembershipResolver } from './membership/membership.resolver.js';
import { MembershipService } from './membership/membership.service.js';

@Module({
  imports: [RegionsModule, ChainsModule, AuthModule],
  providers: [
    ContactGrantService, EnterpriseRepository, EnterpriseService, EnterpriseLoader, EnterpriseResolver, EnterpriseFieldsResolver,
    MembershipService, MemberQueryService, MembershipResolver,
  ],
  exports: [EnterpriseService, EnterpriseLoader, ContactGrantService],
})
export class EnterprisesModule {}

import { ChainsModule } from '@chainmatch/chains';
import { RegionsModule } from '@chainmatch/regions';
import { Module } from '@nestjs/common';
import { EnterpriseFieldsResolver } from './enterprise-fields.resolver.js';
import { EnterpriseRepository } from './enterprise.repository.js';
import { EnterpriseResolver } from './enterprise.resolver.js';
import { EnterpriseService } from './enterprise.service.js';

@Module({
  imports: [RegionsModule, ChainsModule],
  providers: [EnterpriseRepository, EnterpriseService, EnterpriseResolver, EnterpriseFieldsResolver],
  exports: [EnterpriseService],
})
export class EnterprisesModule {}

import { Module } from '@nestjs/common';
import { ChainFieldsResolver, SegmentFieldsResolver } from './chain-fields.resolver.js';
import { ChainResolver } from './chain.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({
  providers: [TaxonomyService, ChainResolver, ChainFieldsResolver, SegmentFieldsResolver],
  exports: [TaxonomyService],
})
export class ChainsModule {}

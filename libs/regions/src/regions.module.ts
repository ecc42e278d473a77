import { Module } from '@nestjs/common';
import { CityFieldsResolver, CountyFieldsResolver, ProvinceFieldsResolver } from './region-fields.resolver.js';
import { RegionDirectory } from './region-directory.service.js';
import { RegionResolver } from './region.resolver.js';

@Module({
  providers: [RegionDirectory, RegionResolver, ProvinceFieldsResolver, CityFieldsResolver, CountyFieldsResolver],
  exports: [RegionDirectory],
})
export class RegionsModule {}

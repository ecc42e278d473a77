import { Module } from '@nestjs/common';
import { UnitDirectory } from './unit-directory.service.js';
import { UnitResolver } from './unit.resolver.js';

@Module({
  providers: [UnitDirectory, UnitResolver],
  exports: [UnitDirectory],
})
export class UnitsModule {}

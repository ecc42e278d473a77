import { Public } from '@chainmatch/auth';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { UnitRecord } from './unit-catalogue.js';
import { UnitDirectory } from './unit-directory.service.js';
import { Unit, UnitDimension } from './unit.types.js';

/** Reference data: public. */
@Public()
@Resolver(() => Unit)
export class UnitResolver {
  constructor(private readonly directory: UnitDirectory) {}

  @Query(() => [Unit], { description: 'The units catalogue (all of it, or one dimension\'s), in the order to offer them.' })
  units(@Args('dimensionId', { nullable: true }) dimensionId?: string): UnitRecord[] {
    const units = this.directory.catalogue.units();
    return dimensionId ? units.filter((unit) => unit.dimension === dimensionId) : units;
  }

  @Query(() => Unit, { nullable: true, description: 'The unit a code, name or alias names ("吨", "tonnes", "t" → t), or null.' })
  unit(@Args('text') text: string): UnitRecord | null {
    return this.directory.catalogue.resolve(text) ?? null;
  }

  @ResolveField(() => UnitDimension)
  dimension(@Parent() unit: UnitRecord): UnitDimension | undefined {
    return this.directory.catalogue.dimension(unit.dimension);
  }
}

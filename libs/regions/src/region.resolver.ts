import { Public } from '@chainmatch/auth';
import { References } from '@chainmatch/core';
import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { RegionDirectory } from './region-directory.service.js';
import { City, County, Province } from './region.types.js';

@ArgsType()
class CitiesArgs {
  @Field(() => String, { nullable: true }) @IsOptional() @References('province')
  provinceAdcode?: string;
}

/** Reference data: public. */
@Public()
@Resolver()
export class RegionResolver {
  constructor(private readonly regions: RegionDirectory) {}

  @Query(() => [Province], { description: 'The four provinces of the Yangtze River Delta.' })
  provinces(): Province[] {
    return this.regions.listProvinces();
  }

  @Query(() => Province, { nullable: true })
  province(@Args('adcode') adcode: string): Province | null {
    return this.regions.province(adcode) ?? null;
  }

  @Query(() => [City], { description: 'The 41 cities, or those of one province.' })
  cities(@Args() { provinceAdcode }: CitiesArgs): City[] {
    return this.regions.listCities(provinceAdcode);
  }

  @Query(() => City, { nullable: true })
  city(@Args('adcode') adcode: string): City | null {
    return this.regions.city(adcode) ?? null;
  }

  @Query(() => County, { nullable: true })
  county(@Args('adcode') adcode: string): County | null {
    return this.regions.county(adcode) ?? null;
  }
}

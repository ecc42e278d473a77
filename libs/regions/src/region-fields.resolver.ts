import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RegionDirectory } from './region-directory.service.js';
import { City, County, Province } from './region.types.js';

@Resolver(() => Province)
export class ProvinceFieldsResolver {
  constructor(private readonly regions: RegionDirectory) {}

  @ResolveField(() => [City])
  cities(@Parent() province: Province): City[] {
    return this.regions.listCities(province.adcode);
  }
}

@Resolver(() => City)
export class CityFieldsResolver {
  constructor(private readonly regions: RegionDirectory) {}

  @ResolveField(() => Province)
  province(@Parent() city: City): Province | undefined {
    return this.regions.province(city.provinceAdcode);
  }

  @ResolveField(() => [County])
  counties(@Parent() city: City): County[] {
    return this.regions.listCounties(city.adcode);
  }
}

@Resolver(() => County)
export class CountyFieldsResolver {
  constructor(private readonly regions: RegionDirectory) {}

  @ResolveField(() => City)
  city(@Parent() county: County): City | undefined {
    return this.regions.city(county.cityAdcode);
  }
}

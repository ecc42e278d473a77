import { CreateRegions1764000000000 } from './migrations/1764000000000-CreateRegions.js';
import { CityEntity, CountyEntity, ProvinceEntity } from './region.entities.js';

export { CityEntity, CountyEntity, ProvinceEntity } from './region.entities.js';
export { GeoPointInput, REGION_BOUNDS } from './geo-point.input.js';
export { PlaceColumns } from './place.columns.js';
export { RegionDirectory } from './region-directory.service.js';
export { REGION_PROVINCE_ADCODES } from './region-provinces.js';
export { seedRegions } from './region-seed.js';
export { City, County, GeoPoint, Province } from './region.types.js';
export { RegionsModule } from './regions.module.js';

export const regionEntities = [ProvinceEntity, CityEntity, CountyEntity];
export const regionMigrations = [CreateRegions1764000000000];

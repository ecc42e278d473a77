import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CityEntity, CountyEntity, ProvinceEntity } from './region.entities.js';
import type { City, County, GeoPoint, Province } from './region.types.js';

const point = (lat: number | null, lng: number | null): GeoPoint | null =>
  lat === null || lng === null ? null : { lat, lng };

/**
 * The region reference data, held in memory: 4 provinces, 41 cities, ~300 counties, read on every
 * listing and never changed at run time (only a data release changes it, with a restart).
 */
@Injectable()
export class RegionDirectory implements OnModuleInit {
  private provinces = new Map<string, Province>();
  private cities = new Map<string, City>();
  private counties = new Map<string, County>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    const [provinces, cities, counties] = await Promise.all([
      this.dataSource.getRepository(ProvinceEntity).find({ order: { adcode: 'ASC' } }),
      this.dataSource.getRepository(CityEntity).find({ order: { adcode: 'ASC' } }),
      this.dataSource.getRepository(CountyEntity).find({ order: { adcode: 'ASC' } }),
    ]);
    this.provinces = new Map(provinces.map((p) => [p.adcode, { ...p }]));
    this.cities = new Map(cities.map(({ lat, lng, ...c }) => [c.adcode, { ...c, location: { lat, lng } }]));
    this.counties = new Map(counties.map(({ lat, lng, ...c }) => [c.adcode, { ...c, location: point(lat, lng) }]));
  }

  listProvinces(): Province[] {
    return [...this.provinces.values()];
  }

  listCities(provinceAdcode?: string): City[] {
    const all = [...this.cities.values()];
    return provinceAdcode ? all.filter((c) => c.provinceAdcode === provinceAdcode) : all;
  }

  listCounties(cityAdcode: string): County[] {
    return [...this.counties.values()].filter((c) => c.cityAdcode === cityAdcode);
  }

  province(adcode: string): Province | undefined {
    return this.provinces.get(adcode);
  }

  city(adcode: string): City | undefined {
    return this.cities.get(adcode);
  }

  county(adcode: string): County | undefined {
    return this.counties.get(adcode);
  }

  /** The county's own point, or its city's when the county has none published. */
  locationOfCounty(adcode: string): GeoPoint | null {
    const county = this.counties.get(adcode);
    if (!county) return null;
    return county.location ?? this.cities.get(county.cityAdcode)?.location ?? null;
  }
}

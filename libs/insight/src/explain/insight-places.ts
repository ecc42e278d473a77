import { TaxonomyService } from '@chainmatch/chains';
import { RegionDirectory } from '@chainmatch/regions';
import { Injectable } from '@nestjs/common';
import { REGION_NAME } from '../risk/risk-labels.js';
import type { Bilingual } from './format.js';

/**
 * Places as insight sees them: names of areas, cities and segments for explanations, in both
 * languages (a city's English name is the unique one), and which areas are a single city.
 */
@Injectable()
export class InsightPlaces {
  constructor(
    private readonly regions: RegionDirectory,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** A province, or the whole region for null. */
  area(provinceAdcode: string | null): Bilingual {
    if (provinceAdcode === null) return REGION_NAME;
    const province = this.regions.province(provinceAdcode);
    return province ? { zh: province.nameZh, en: province.nameEn } : { zh: provinceAdcode, en: provinceAdcode };
  }

  /** Shanghai is one city: one city holding all of an area's supply says nothing there. */
  isSingleCity(provinceAdcode: string | null): boolean {
    return provinceAdcode !== null && this.regions.listCities(provinceAdcode).length === 1;
  }

  city(adcode: string | null): Bilingual | null {
    const city = adcode ? this.regions.city(adcode) : undefined;
    return city ? { zh: city.nameZh, en: city.nameEnUnique } : null;
  }

  chain(id: string): Bilingual {
    const chain = this.taxonomy.chain(id);
    return chain ? { zh: chain.nameZh, en: chain.nameEn } : { zh: id, en: id };
  }

  segment(id: string): Bilingual {
    const segment = this.taxonomy.segment(id);
    return segment ? { zh: segment.nameZh, en: segment.nameEn } : { zh: id, en: id };
  }
}

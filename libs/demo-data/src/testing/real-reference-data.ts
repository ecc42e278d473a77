import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChainStage, DemoReferenceData } from '../demo-data.types.js';

interface RawCity { adcode: string; province_adcode: string; name_zh: string; name_en: string; lat: number; lng: number }
interface RawCounty extends Omit<RawCity, 'lat' | 'lng'> { city_adcode: string; lat: number | null; lng: number | null }
interface RawSegment { id: string; name_zh: string; name_en: string; stage: string; feeds: string[] }
interface RawChain { id: string; segments: RawSegment[] }

/**
 * The project's reference JSON (regions and chains libs), falling back to the shared copy beside the
 * repository while those libs are being written. Jest runs from the repository root.
 */
function readReferenceJson<T>(projectPath: string, fileName: string): T {
  const projectFile = join(process.cwd(), projectPath, fileName);
  const file = existsSync(projectFile) ? projectFile : join(process.cwd(), '..', 'shared', 'data', fileName);
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

export function loadChainSegments(): DemoReferenceData['segments'] {
  const { chains } = readReferenceJson<{ chains: RawChain[] }>('libs/chains/data', 'chains.json');
  return chains.flatMap((chain) =>
    chain.segments.map((segment) => ({
      id: segment.id,
      chainId: chain.id,
      nameZh: segment.name_zh,
      nameEn: segment.name_en,
      stage: segment.stage.toUpperCase() as ChainStage,
      feeds: segment.feeds,
    })),
  );
}

export function loadRealReferenceData(): DemoReferenceData {
  const { cities } = readReferenceJson<{ cities: RawCity[] }>('libs/regions/data', 'yrd-cities.json');
  const { counties } = readReferenceJson<{ counties: RawCounty[] }>('libs/regions/data', 'yrd-counties.json');
  return {
    cities: cities.map((city) => ({
      adcode: city.adcode,
      provinceAdcode: city.province_adcode,
      nameZh: city.name_zh,
      nameEn: city.name_en,
      lat: city.lat,
      lng: city.lng,
    })),
    counties: counties.map((county) => ({
      adcode: county.adcode,
      cityAdcode: county.city_adcode,
      provinceAdcode: county.province_adcode,
      nameZh: county.name_zh,
      nameEn: county.name_en,
      lat: county.lat,
      lng: county.lng,
    })),
    segments: loadChainSegments(),
  };
}

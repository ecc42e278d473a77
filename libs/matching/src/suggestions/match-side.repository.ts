import { listingLiveSql } from '@chainmatch/listings';
import { RegionDirectory } from '@chainmatch/regions';
import { SearchTextService } from '@chainmatch/search';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MatchSide } from './match-side.js';

interface SideRow {
  id: string; enterprise_id: string; kind: 'SUPPLY' | 'DEMAND'; segment_id: string; chain_id: string; province_adcode: string;
  lat: number | null; lng: number | null; title: string; keywords: string[]; description: string; quantity: string | null;
  unit: string | null; price_min_cny: string | null; price_max_cny: string | null; lead_time_days: number | null;
  certifications: string[]; served_province_adcodes: string[]; service_radius_km: number | null; published_at: Date;
  verified: boolean; live: boolean;
}

export type LoadedSide = MatchSide & { title: string; keywords: string[]; live: boolean };

const toNumber = (value: string | null) => (value === null ? null : Number(value));

/**
 * The part of a description that is tokenised for text relevance: listings say what they are up
 * front, and segmenting every candidate's full text (up to 5 000 characters) costs more than it adds.
 */
const DESCRIPTION_CHARS = 300;

/** Reads listings with what scoring needs of their enterprises, one query for any number of them. */
@Injectable()
export class MatchSideRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionDirectory,
    private readonly text: SearchTextService,
  ) {}

  async load(listingIds: readonly string[]): Promise<LoadedSide[]> {
    if (listingIds.length === 0) return [];
    const rows: SideRow[] = await this.dataSource.query(
      `SELECT l.id, l.enterprise_id, l.kind, l.segment_id, l.chain_id, l.province_adcode, l.lat, l.lng, l.title, l.keywords,
         left(l.description, ${DESCRIPTION_CHARS}) AS description, l.quantity, l.unit, l.price_min_cny, l.price_max_cny, l.lead_time_days, l.certifications,
         l.served_province_adcodes, l.service_radius_km, coalesce(l.published_at, l.created_at) AS published_at,
         e.verified_at IS NOT NULL AS verified, ${listingLiveSql('l')} AS live
       FROM listing l JOIN enterprise e ON e.id = l.enterprise_id WHERE l.id = ANY($1::uuid[])`,
      [listingIds],
    );
    return rows.map((row) => this.toSide(row));
  }

  private toSide(row: SideRow): LoadedSide {
    const province = this.regions.province(row.province_adcode);
    return {
      listingId: row.id, enterpriseId: row.enterprise_id, kind: row.kind, segmentId: row.segment_id, chainId: row.chain_id,
      provinceAdcode: row.province_adcode, provinceNameZh: province?.nameZh ?? row.province_adcode,
      provinceNameEn: province?.nameEn ?? row.province_adcode, lat: row.lat, lng: row.lng,
      tokens: new Set(this.text.analyzer.indexTokens([row.title, ...row.keywords, row.description].join(' '))),
      quantity: toNumber(row.quantity), unit: row.unit, priceMinCny: toNumber(row.price_min_cny), priceMaxCny: toNumber(row.price_max_cny),
      leadTimeDays: row.lead_time_days, certifications: row.certifications, servedProvinceAdcodes: row.served_province_adcodes,
      serviceRadiusKm: row.service_radius_km, verified: row.verified, publishedAt: row.published_at, medianResponseHours: null,
      title: row.title, keywords: row.keywords, live: row.live,
    };
  }
}

import { listingLiveSql, QuantityBasis } from '@chainmatch/listings';
import { RegionDirectory } from '@chainmatch/regions';
import { distinctKeywords, ListingTermsRepository, NO_OFFER_KEYS, SearchTextService, type ListingTerms } from '@chainmatch/search';
import { UnitDirectory } from '@chainmatch/units';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { MatchSide, PlaceNames, SidePrice, SideQuantity } from './match-side.js';

interface SideRow {
  id: string; enterprise_id: string; kind: 'SUPPLY' | 'DEMAND'; segment_id: string; chain_id: string; county_adcode: string;
  lat: number | null; lng: number | null; title: string; keywords: string[]; description: string | null; quantity: string | null;
  quantity_unit: string | null; quantity_basis: QuantityBasis | null; price_min_cny: string | null; price_max_cny: string | null;
  price_unit: string | null; lead_time_days: number | null; certifications: string[]; mandatory_certifications: string[];
  served_province_adcodes: string[]; service_radius_km: number | null; published_at: Date; verified: boolean; live: boolean;
  enterprise_segment_ids: string[];
}

export type LoadedSide = MatchSide & { title: string; keywords: string[]; live: boolean };

const toNumber = (value: string | null) => (value === null ? null : Number(value));

const NO_TERMS: ListingTerms = { products: [], offer: NO_OFFER_KEYS };

/**
 * A candidate's terms are read as stored when it was indexed (it was found in the index, so they
 * are there); the asking listing's are analysed from its text as it is now, the same way.
 */
export type TermsSource = 'stored' | 'fresh';

/** Reads listings with what scoring needs of their enterprises, one query for any number of them. */
@Injectable()
export class MatchSideRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionDirectory,
    private readonly units: UnitDirectory,
    private readonly text: SearchTextService,
    private readonly terms: ListingTermsRepository,
  ) {}

  async load(listingIds: readonly string[], terms: TermsSource): Promise<LoadedSide[]> {
    if (listingIds.length === 0) return [];
    const [rows, stored] = await Promise.all([this.rows(listingIds, terms === 'fresh'), terms === 'stored' ? this.terms.read(listingIds) : undefined]);
    const termsOf = (row: SideRow) => (stored ? stored.get(row.id) ?? NO_TERMS : this.analysed(row));
    return rows.map((row) => this.toSide(row, termsOf(row)));
  }

  /** The listing's text analysed as indexing does: its distinct keywords, its whole description. */
  private analysed(row: SideRow): ListingTerms {
    return this.text.terms({ kind: row.kind, title: row.title, keywords: distinctKeywords(row.keywords), description: row.description ?? '' });
  }

  private rows(listingIds: readonly string[], withDescription: boolean): Promise<SideRow[]> {
    return this.dataSource.query(
      `SELECT l.id, l.enterprise_id, l.kind, l.segment_id, l.chain_id, l.county_adcode, l.lat, l.lng, l.title, l.keywords,
         ${withDescription ? 'l.description' : 'NULL'} AS description, l.quantity, l.quantity_unit, l.quantity_basis, l.price_min_cny,
         l.price_max_cny, l.price_unit, l.lead_time_days, l.certifications, l.mandatory_certifications, l.served_province_adcodes,
         l.service_radius_km, coalesce(l.published_at, l.created_at) AS published_at, e.verified_at IS NOT NULL AS verified,
         ${listingLiveSql('l')} AS live,
         CASE WHEN l.kind = 'DEMAND' THEN ARRAY(SELECT es.segment_id FROM enterprise_segment es WHERE es.enterprise_id = l.enterprise_id)
           ELSE '{}' END AS enterprise_segment_ids
       FROM listing l JOIN enterprise e ON e.id = l.enterprise_id WHERE l.id = ANY($1::uuid[])`,
      [listingIds],
    );
  }

  private toSide(row: SideRow, terms: ListingTerms): LoadedSide {
    return {
      listingId: row.id, enterpriseId: row.enterprise_id, kind: row.kind, segmentId: row.segment_id, chainId: row.chain_id,
      enterpriseSegmentIds: row.enterprise_segment_ids, place: this.placeOf(row.county_adcode), lat: row.lat, lng: row.lng,
      terms,
      quantity: this.quantityOf(row), price: this.priceOf(row), leadTimeDays: row.lead_time_days, certifications: row.certifications,
      mandatoryCertifications: row.mandatory_certifications, servedProvinceAdcodes: row.served_province_adcodes,
      serviceRadiusKm: row.service_radius_km, verified: row.verified, publishedAt: row.published_at, medianResponseHours: null,
      title: row.title, keywords: row.keywords, live: row.live,
    };
  }

  private placeOf(countyAdcode: string): PlaceNames {
    const county = this.regions.county(countyAdcode);
    const city = county && this.regions.city(county.cityAdcode);
    const province = county && this.regions.province(county.provinceAdcode);
    return {
      provinceAdcode: county?.provinceAdcode ?? '',
      zh: { province: province?.nameZh ?? '', city: city?.nameZh ?? '', county: county?.nameZh ?? countyAdcode },
      en: { province: province?.nameEn ?? '', city: city?.nameEn ?? '', county: county?.nameEn ?? countyAdcode },
    };
  }

  private quantityOf(row: SideRow): SideQuantity | null {
    const unit = row.quantity_unit === null ? undefined : this.units.catalogue.unit(row.quantity_unit);
    return row.quantity === null || !unit || !row.quantity_basis ? null : { amount: Number(row.quantity), unit, basis: row.quantity_basis };
  }

  private priceOf(row: SideRow): SidePrice | null {
    const unit = row.price_unit === null ? undefined : this.units.catalogue.unit(row.price_unit);
    return unit ? { minCny: toNumber(row.price_min_cny), maxCny: toNumber(row.price_max_cny), unit } : null;
  }
}

import type { AuthUser } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { readKeysetPage, type Connection, type PageArgs } from '@chainmatch/core';
import { ListingEntity, listingLiveSql } from '@chainmatch/listings';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { drillDownCondition } from '../access/insight-access.js';
import { introduced, offered } from '../compute/match-offers.js';

/** What a demand listing lacks, for it to be listed. */
export type OpenDemandLack = 'supplierInProvince' | 'supplierInRegion' | 'introduction';

/** Which live demand listings to list. */
export interface OpenDemandScope {
  segmentId?: string;
  chainId?: string;
  enterpriseId?: string;
  /** A province's listings; without one (a region row) the caller's coverage decides which provinces. */
  provinceAdcode?: string | null;
  lacking: OpenDemandLack;
}

const LACKING: Record<OpenDemandLack, string> = {
  supplierInProvince: `NOT EXISTS (SELECT 1 FROM match m JOIN listing s ON s.id = m.supply_listing_id WHERE m.demand_listing_id = listing.id
    AND ${offered('m', listingLiveSql('s'))} AND m.supply_province_adcode = listing.province_adcode)`,
  supplierInRegion: `NOT EXISTS (SELECT 1 FROM match m JOIN listing s ON s.id = m.supply_listing_id WHERE m.demand_listing_id = listing.id
    AND ${offered('m', listingLiveSql('s'))})`,
  introduction: `NOT EXISTS (SELECT 1 FROM match m WHERE m.demand_listing_id = listing.id AND ${introduced('m')})`,
};

/**
 * The live demand listings behind a figure that still lack a supplier, longest waiting first — as
 * they stand now (the figure is its snapshot's): staff act on what is open today. The caller has
 * checked who may see them; without an enterprise, staff only ever see their coverage's listings.
 */
@Injectable()
export class OpenDemandQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  list(scope: OpenDemandScope, page: PageArgs, user: AuthUser | undefined): Promise<Connection<ListingEntity>> {
    const query = this.dataSource.getRepository(ListingEntity).createQueryBuilder('listing')
      .where(`listing.kind = 'DEMAND' AND ${listingLiveSql('listing')}`)
      .andWhere(LACKING[scope.lacking]);
    for (const [property, value] of [['segmentId', scope.segmentId], ['chainId', scope.chainId], ['enterpriseId', scope.enterpriseId], ['provinceAdcode', scope.provinceAdcode]] as const) {
      if (value) query.andWhere(`listing.${property} = :${property}`, { [property]: value });
    }
    if (!scope.enterpriseId) {
      const { where, params } = drillDownCondition(user, 'listing');
      query.andWhere(where, params);
    }
    return readKeysetPage(query, page, {
      sortColumn: 'listing.publishedAt', idColumn: 'listing.id', direction: 'ASC',
      sortValueOf: (listing) => listing.publishedAt!, idOf: (listing) => listing.id,
    }, this.config.get('PAGE_SIZE_MAX'));
  }
}

import { AppConfig } from '@chainmatch/config';
import { findByIds, newestFirst, readKeysetPage, type Connection, type PageArgs } from '@chainmatch/core';
import type { AuthUser } from '@chainmatch/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { ListingEntity, ListingStatus } from './listing.entity.js';
import type { ListingFilter } from './listing.inputs.js';
import { listingStatusSql } from './listing-lifecycle.js';
import { listingsVisibleTo } from './listing-visibility.js';

/** Reads listings for lists: filters, newest first, keyset pages with the central size cap. */
@Injectable()
export class ListingQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  findByIds(ids: readonly string[]): Promise<ListingEntity[]> {
    return findByIds(this.dataSource.getRepository(ListingEntity), ids);
  }

  /** `user` is the caller, undefined when anonymous: what the list may show depends on it (listingsVisibleTo). */
  list(filter: ListingFilter, page: PageArgs, user: AuthUser | undefined): Promise<Connection<ListingEntity>> {
    const query = this.filtered(filter);
    const onlyLive = (filter.statuses ?? [ListingStatus.ACTIVE]).every((status) => status === ListingStatus.ACTIVE);
    const visible = listingsVisibleTo(user, { onlyLive, enterpriseId: filter.enterpriseId }, query.alias);
    if (visible) query.andWhere(visible.where, visible.params);
    return readKeysetPage(query, page, newestFirst(query.alias), this.config.get('PAGE_SIZE_MAX'));
  }

  private filtered(filter: ListingFilter): SelectQueryBuilder<ListingEntity> {
    const query = this.dataSource.getRepository(ListingEntity).createQueryBuilder('listing');
    const anyOf = (column: string, values: string[] | undefined, name: string) => {
      if (values?.length) query.andWhere(`${column} IN (:...${name})`, { [name]: values });
    };
    if (filter.kind) query.andWhere('listing.kind = :kind', { kind: filter.kind });
    if (filter.enterpriseId) query.andWhere('listing.enterpriseId = :enterpriseId', { enterpriseId: filter.enterpriseId });
    anyOf('listing.chainId', filter.chainIds, 'chainIds');
    anyOf('listing.segmentId', filter.segmentIds, 'segmentIds');
    anyOf('listing.provinceAdcode', filter.provinceAdcodes, 'provinceAdcodes');
    anyOf('listing.cityAdcode', filter.cityAdcodes, 'cityAdcodes');
    const statuses = filter.statuses?.length ? filter.statuses : [ListingStatus.ACTIVE];
    query.andWhere(new Brackets((any) => statuses.forEach((status) => any.orWhere(listingStatusSql(query.alias, status)))));
    return query;
  }
}

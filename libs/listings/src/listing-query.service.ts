import { AppConfig } from '@chainmatch/config';
import { ForbiddenError, readKeysetPage, UnauthenticatedError, type Connection, type PageArgs } from '@chainmatch/core';
import { coverageCondition, isAdmin, isMemberOf, Role, type AuthUser } from '@chainmatch/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, type DataSource, type SelectQueryBuilder } from 'typeorm';
import { ListingEntity, ListingStatus } from './listing.entity.js';
import type { ListingFilter } from './listing.inputs.js';
import { listingCoverageColumns } from './listing-visibility.js';

const LIVE = `listing.status IN ('ACTIVE', 'PAUSED')`;

/** SQL for one status as readers see it (see effectiveStatus): live listings past their window are EXPIRED. */
const STATUS_CONDITION: Record<ListingStatus, string> = {
  [ListingStatus.DRAFT]: `listing.status = 'DRAFT'`,
  [ListingStatus.ACTIVE]: `listing.status = 'ACTIVE' AND listing.validUntil > now()`,
  [ListingStatus.PAUSED]: `listing.status = 'PAUSED' AND listing.validUntil > now()`,
  [ListingStatus.CLOSED]: `listing.status = 'CLOSED'`,
  [ListingStatus.EXPIRED]: `(listing.status = 'EXPIRED' OR (${LIVE} AND listing.validUntil <= now()))`,
};

/** Reads listings for lists: filters, newest first, keyset pages with the central size cap. */
@Injectable()
export class ListingQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  findByIds(ids: readonly string[]): Promise<ListingEntity[]> {
    return this.dataSource.getRepository(ListingEntity).findBy(ids.map((id) => ({ id })));
  }

  list(filter: ListingFilter = {}, page: PageArgs, user?: AuthUser): Promise<Connection<ListingEntity>> {
    const query = this.filtered(filter);
    this.restrictToWhatTheCallerMaySee(query, filter, user);
    return readKeysetPage(query, page, {
      sortColumn: 'listing.createdAt',
      idColumn: 'listing.id',
      sortValueOf: (listing) => listing.createdAt,
      idOf: (listing) => listing.id,
    }, this.config.get('PAGE_SIZE_MAX'));
  }

  /**
   * Only ACTIVE listings are public. Asking for other statuses: members for their own enterprise,
   * staff inside their coverage, admins anywhere.
   */
  private restrictToWhatTheCallerMaySee(query: SelectQueryBuilder<ListingEntity>, filter: ListingFilter, user?: AuthUser): void {
    const onlyActive = (filter.statuses ?? [ListingStatus.ACTIVE]).every((status) => status === ListingStatus.ACTIVE);
    if (onlyActive || isAdmin(user)) return;
    if (!user) throw new UnauthenticatedError('sign in to list listings that are not ACTIVE');
    if (user.role === Role.ENTERPRISE_MEMBER && filter.enterpriseId && isMemberOf(user, filter.enterpriseId)) return;
    if (user.role === Role.ALLIANCE_STAFF && user.coverage) {
      const { where, params } = coverageCondition(user.coverage, listingCoverageColumns(query.alias));
      query.andWhere(where, params);
      return;
    }
    throw new ForbiddenError('members list unpublished listings of their own enterprise only (set filter.enterpriseId)', 'NOT_YOUR_ENTERPRISE');
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
    query.andWhere(new Brackets((any) => statuses.forEach((status) => any.orWhere(STATUS_CONDITION[status]))));
    return query;
  }
}

import type { AuthUser } from '@chainmatch/auth';
import { AppConfig } from '@chainmatch/config';
import { BadUserInputError, type Connection, type PageArgs } from '@chainmatch/core';
import { ListingQueryService, type ListingEntity } from '@chainmatch/listings';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { coverageCondition } from '../access/insight-access.js';
import { snapshotConnection, snapshotPosition } from '../snapshots/snapshot-page.js';

/** Which open demand of a snapshot to list. */
export interface OpenDemandScope {
  snapshotId: string;
  segmentId?: string;
  chainId?: string;
  enterpriseId?: string;
  /** Only listings of this province; for a region row, the caller's coverage decides. */
  provinceAdcode?: string | null;
  /** Which flag the listing lacks. */
  lacking: 'offered_in_province' | 'offered_in_region' | 'introduced';
}

/**
 * The demand listings behind a snapshot's rates that lack a supplier, longest waiting first; the
 * caller has checked who may see them, and staff only ever see listings of their coverage.
 */
@Injectable()
export class OpenDemandQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listings: ListingQueryService,
    private readonly config: AppConfig,
  ) {}

  async list(scope: OpenDemandScope, page: PageArgs, user: AuthUser | undefined): Promise<Connection<ListingEntity>> {
    const position = snapshotPosition(page, scope.snapshotId, this.config.get('PAGE_SIZE_MAX'))!;
    if (position.snapshotId !== scope.snapshotId) throw BadUserInputError.of('after', 'is a cursor of another list', 'INVALID_CURSOR');
    const query = this.dataSource.createQueryBuilder().from('insight_open_demand', 'd')
      .where('d.snapshot_id = :snapshotId', { snapshotId: scope.snapshotId })
      .andWhere(`NOT d.${scope.lacking}`);
    for (const [column, value] of [['segment_id', scope.segmentId], ['chain_id', scope.chainId], ['enterprise_id', scope.enterpriseId], ['province_adcode', scope.provinceAdcode]] as const) {
      if (value) query.andWhere(`d.${column} = :${column}`, { [column]: value });
    }
    if (!scope.enterpriseId) {
      const coverage = coverageCondition(user, { chain: 'd.chain_id', province: 'd.province_adcode' });
      query.andWhere(coverage.sql, coverage.params);
    }
    const [ids, total] = await Promise.all([
      query.clone().select('d.listing_id', 'id').orderBy('d.published_at', 'ASC').addOrderBy('d.listing_id', 'ASC')
        .offset(position.offset).limit(position.size).getRawMany<{ id: string }>(),
      query.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>(),
    ]);
    const byId = new Map((await this.listings.findByIds(ids.map((row) => row.id))).map((listing) => [listing.id, listing]));
    return snapshotConnection(ids.map((row) => byId.get(row.id)).filter((l): l is ListingEntity => l !== undefined), total?.n ?? 0, position);
  }
}

import type { AuthUser } from '@chainmatch/auth';
import { ChainEntity, SegmentEntity } from '@chainmatch/chains';
import { AppConfig } from '@chainmatch/config';
import { findByIds, readKeysetPage, type Connection } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { chainsSeenFirst } from '../access/insight-access.js';
import { readSnapshotPage } from '../snapshots/snapshot-page.js';
import { SnapshotQueryService } from '../snapshots/snapshot-query.service.js';
import { RiskScope, type SegmentRiskFilter, type SegmentRiskHistoryArgs, type SegmentRisksArgs } from './risk.inputs.js';
import { SegmentRiskEntity } from './segment-risk.entity.js';

type RiskQuery = SelectQueryBuilder<SegmentRiskEntity>;

/** Reads risk rows of snapshots: filtered lists (worst first; an alliance's chains before the rest), a chain's grid, a segment's history. */
@Injectable()
export class RiskQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly snapshots: SnapshotQueryService,
  ) {}

  async list(args: SegmentRisksArgs, user: AuthUser | undefined): Promise<Connection<SegmentRiskEntity>> {
    const filter = args.filter ?? {};
    const position = await this.snapshots.position(args, args.snapshotId);
    return readSnapshotPage(position, (snapshotId) => this.filtered(snapshotId, filter), (query) => this.ordered(query, user));
  }

  /** Every row of a snapshot the filter keeps, in list order (for exports: at most segments × five areas). */
  all(snapshotId: string, filter: SegmentRiskFilter, user: AuthUser | undefined): Promise<SegmentRiskEntity[]> {
    return this.ordered(this.filtered(snapshotId, filter), user).getMany();
  }

  /** Every row of one chain in a snapshot (its segments × the provinces and the region). */
  ofChain(snapshotId: string, chainId: string): Promise<SegmentRiskEntity[]> {
    return this.dataSource.getRepository(SegmentRiskEntity).findBy({ snapshotId, chainId });
  }

  findByIds(ids: readonly string[]): Promise<SegmentRiskEntity[]> {
    return findByIds(this.dataSource.getRepository(SegmentRiskEntity), ids);
  }

  /** One segment in one area over the finished snapshots, newest first. */
  history(args: SegmentRiskHistoryArgs): Promise<Connection<SegmentRiskEntity>> {
    const query = this.dataSource.getRepository(SegmentRiskEntity).createQueryBuilder('risk')
      .where('risk.segmentId = :segmentId', { segmentId: args.segmentId })
      .andWhere(args.provinceAdcode ? 'risk.provinceAdcode = :province' : 'risk.provinceAdcode IS NULL', { province: args.provinceAdcode })
      .andWhere(`risk.snapshotId IN (SELECT id FROM insight_snapshot WHERE status = 'DONE')`);
    return readKeysetPage(query, args, {
      sortColumn: 'risk.takenAt', idColumn: 'risk.id', idKind: 'bigint',
      sortValueOf: (row) => row.takenAt, idOf: (row) => row.id,
    }, this.config.get('PAGE_SIZE_MAX'));
  }

  private filtered(snapshotId: string, filter: SegmentRiskFilter): RiskQuery {
    const query = this.dataSource.getRepository(SegmentRiskEntity).createQueryBuilder('risk').where('risk.snapshotId = :snapshotId', { snapshotId });
    if (filter.chainIds?.length) query.andWhere('risk.chainId IN (:...chainIds)', { chainIds: filter.chainIds });
    if (filter.segmentIds?.length) query.andWhere('risk.segmentId IN (:...segmentIds)', { segmentIds: filter.segmentIds });
    if (filter.riskClasses?.length) query.andWhere('risk.riskClass IN (:...riskClasses)', { riskClasses: filter.riskClasses });
    if (filter.scope === RiskScope.REGION) query.andWhere('risk.provinceAdcode IS NULL');
    if (filter.scope === RiskScope.PROVINCE) query.andWhere('risk.provinceAdcode IS NOT NULL');
    if (filter.provinceAdcodes?.length) {
      query.andWhere('(risk.provinceAdcode IN (:...provinces) OR risk.provinceAdcode IS NULL)', { provinces: filter.provinceAdcodes });
    }
    return query;
  }

  /** Staff see their alliance's chains first; then worst first, in the chains' and segments' own order. */
  private ordered(query: RiskQuery, user: AuthUser | undefined): RiskQuery {
    const first = chainsSeenFirst(user);
    query.leftJoin(ChainEntity, 'chain', 'chain.id = risk.chainId').leftJoin(SegmentEntity, 'segment', 'segment.id = risk.segmentId');
    if (first.length > 0) query.orderBy('CASE WHEN risk.chain_id IN (:...seenFirst) THEN 0 ELSE 1 END', 'ASC').setParameter('seenFirst', first);
    return query.addOrderBy('risk.severity', 'DESC').addOrderBy('chain.position', 'ASC').addOrderBy('segment.position', 'ASC')
      .addOrderBy('risk.provinceAdcode', 'ASC', 'NULLS FIRST').addOrderBy('risk.id', 'ASC');
  }
}

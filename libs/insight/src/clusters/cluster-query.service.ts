import type { AuthUser } from '@chainmatch/auth';
import type { Connection } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { chainsSeenFirst } from '../access/insight-access.js';
import { readSnapshotPage } from '../snapshots/snapshot-page.js';
import { SnapshotQueryService } from '../snapshots/snapshot-query.service.js';
import type { ClusterFilter, IndustrialClustersArgs } from './cluster.inputs.js';
import { ClusterEntity } from './cluster.entity.js';
import { ClusterStage } from './cluster-stage.js';

const CLUSTERS = Object.values(ClusterStage).filter((stage) => stage !== ClusterStage.DISPERSED);

/** Reads a snapshot's chain × city rows: the largest clusters first, an alliance's chains before the rest. */
@Injectable()
export class ClusterQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotQueryService,
  ) {}

  async list(args: IndustrialClustersArgs, user: AuthUser | undefined): Promise<Connection<ClusterEntity>> {
    const filter = args.filter ?? {};
    const position = await this.snapshots.position(args, args.snapshotId);
    return readSnapshotPage(position, (snapshotId) => this.filtered(snapshotId, filter), (query) => this.ordered(query, user));
  }

  /** Every row of a snapshot the filter keeps, in list order (for exports: at most chains × cities). */
  all(snapshotId: string, filter: ClusterFilter, user: AuthUser | undefined): Promise<ClusterEntity[]> {
    return this.ordered(this.filtered(snapshotId, filter), user).getMany();
  }

  private ordered(query: SelectQueryBuilder<ClusterEntity>, user: AuthUser | undefined): SelectQueryBuilder<ClusterEntity> {
    const first = chainsSeenFirst(user);
    if (first.length > 0) query.orderBy('CASE WHEN cluster.chain_id IN (:...seenFirst) THEN 0 ELSE 1 END', 'ASC').setParameter('seenFirst', first);
    return query.addOrderBy('cluster.enterprises', 'DESC').addOrderBy('cluster.locationQuotient', 'DESC', 'NULLS LAST').addOrderBy('cluster.id', 'ASC');
  }

  private filtered(snapshotId: string, filter: ClusterFilter): SelectQueryBuilder<ClusterEntity> {
    const query = this.dataSource.getRepository(ClusterEntity).createQueryBuilder('cluster').where('cluster.snapshotId = :snapshotId', { snapshotId });
    const anyOf = (column: string, values: string[] | undefined, name: string) => {
      if (values?.length) query.andWhere(`cluster.${column} IN (:...${name})`, { [name]: values });
    };
    anyOf('chainId', filter.chainIds, 'chainIds');
    anyOf('provinceAdcode', filter.provinceAdcodes, 'provinces');
    anyOf('cityAdcode', filter.cityAdcodes, 'cities');
    anyOf('stage', filter.stages?.length ? filter.stages : CLUSTERS, 'stages');
    return query;
  }
}

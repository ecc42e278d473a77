import type { AuthUser } from '@chainmatch/auth';
import { TaxonomyService } from '@chainmatch/chains';
import { AppConfig } from '@chainmatch/config';
import { alignToKeys, readKeysetPage, type Connection } from '@chainmatch/core';
import { enterpriseNotFound, EnterpriseService, type EnterpriseEntity } from '@chainmatch/enterprises';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { assertMayMarkLeader } from '../access/insight-access.js';
import { leaderNotFound, notInChain } from '../insight.errors.js';
import { ChainLeaderEntity } from './chain-leader.entity.js';
import type { ChainLeaderFilter, ChainLeaderKeyArgs, ChainLeadersArgs, MarkChainLeaderArgs } from './chain-leader.inputs.js';

export interface LeaderKey {
  enterpriseId: string;
  chainId: string;
}

export interface LeaderFiguresRow extends LeaderKey {
  takenAt: Date;
  demandListings: number;
  withRegionalSupplier: number;
}

const leaderKey = (key: LeaderKey) => `${key.enterpriseId}|${key.chainId}`;

/** Marking chain leaders (staff covering the enterprise's province and the chain, admins) and listing them. */
@Injectable()
export class ChainLeaderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly enterprises: EnterpriseService,
    private readonly taxonomy: TaxonomyService,
    private readonly config: AppConfig,
  ) {}

  /** Marks (or re-marks, with a new note) the enterprise as a leader of the chain it works in. */
  async mark(args: MarkChainLeaderArgs, actor: AuthUser): Promise<ChainLeaderEntity> {
    const enterprise = await this.leaderEnterprise(args, actor);
    const [segmentIds] = await this.enterprises.segmentIdsOf([enterprise.id]);
    if (!segmentIds.some((id) => this.taxonomy.segment(id)?.chainId === args.chainId)) {
      throw notInChain('chainId');
    }
    const [row] = await this.dataSource.query(
      `INSERT INTO chain_leader (enterprise_id, chain_id, marked_by, note) VALUES ($1, $2, $3, $4)
       ON CONFLICT (enterprise_id, chain_id) DO UPDATE SET marked_by = EXCLUDED.marked_by, marked_at = now(), note = EXCLUDED.note
       RETURNING enterprise_id`, [enterprise.id, args.chainId, actor.userId, args.note?.trim() || null]);
    return this.dataSource.getRepository(ChainLeaderEntity).findOneByOrFail({ enterpriseId: row.enterprise_id, chainId: args.chainId });
  }

  /** Removes the mark; returns the leader as it was. */
  async unmark(args: ChainLeaderKeyArgs, actor: AuthUser): Promise<ChainLeaderEntity> {
    await this.leaderEnterprise(args, actor);
    const repository = this.dataSource.getRepository(ChainLeaderEntity);
    const leader = await repository.findOneBy({ enterpriseId: args.enterpriseId, chainId: args.chainId });
    if (!leader) throw leaderNotFound(args.enterpriseId, args.chainId);
    await repository.delete({ enterpriseId: leader.enterpriseId, chainId: leader.chainId });
    return leader;
  }

  /** Leaders newest marked first. */
  list(args: ChainLeadersArgs): Promise<Connection<ChainLeaderEntity>> {
    return readKeysetPage(this.filtered(args.filter ?? {}), args, {
      sortColumn: 'leader.markedAt', idColumn: 'leader.enterpriseId',
      sortValueOf: (row) => row.markedAt, idOf: (row) => row.enterpriseId,
    }, this.config.get('PAGE_SIZE_MAX'));
  }

  /** Every leader the filter keeps, newest marked first (for exports). */
  all(filter: ChainLeaderFilter): Promise<ChainLeaderEntity[]> {
    return this.filtered(filter).orderBy('leader.markedAt', 'DESC').addOrderBy('leader.enterpriseId', 'DESC').getMany();
  }

  private filtered(filter: ChainLeaderFilter): SelectQueryBuilder<ChainLeaderEntity> {
    const query = this.dataSource.getRepository(ChainLeaderEntity).createQueryBuilder('leader');
    if (filter.chainIds?.length) query.andWhere('leader.chainId IN (:...chainIds)', { chainIds: filter.chainIds });
    if (filter.provinceAdcodes?.length) {
      query.andWhere('leader.enterpriseId IN (SELECT id FROM enterprise WHERE province_adcode IN (:...provinces))', { provinces: filter.provinceAdcodes });
    }
    return query;
  }

  /** Each leader's figures in the newest finished snapshot (undefined where it has not been counted yet), aligned with `keys`. */
  async figuresOf(keys: readonly LeaderKey[]): Promise<(LeaderFiguresRow | undefined)[]> {
    const rows: LeaderFiguresRow[] = await this.dataSource.query(
      `SELECT l.enterprise_id AS "enterpriseId", l.chain_id AS "chainId", l.demand_listings AS "demandListings",
         l.with_regional_supplier AS "withRegionalSupplier", s.taken_at AS "takenAt"
       FROM insight_leader l JOIN (SELECT id, taken_at FROM insight_snapshot WHERE status = 'DONE' ORDER BY taken_at DESC, id DESC LIMIT 1) s
         ON s.id = l.snapshot_id
       WHERE (l.enterprise_id, l.chain_id) IN (SELECT * FROM unnest($1::uuid[], $2::varchar[]))`,
      [keys.map((key) => key.enterpriseId), keys.map((key) => key.chainId)]);
    return alignToKeys(keys.map(leaderKey), rows, leaderKey);
  }

  /** The enterprise, once the chain is known and the caller may mark leaders for it. */
  private async leaderEnterprise(args: ChainLeaderKeyArgs, actor: AuthUser): Promise<EnterpriseEntity> {
    const enterprise = await this.enterprises.findById(args.enterpriseId, 'enterpriseId');
    if (!enterprise) throw enterpriseNotFound(args.enterpriseId);
    assertMayMarkLeader(actor, { chainId: args.chainId, provinceAdcode: enterprise.provinceAdcode });
    return enterprise;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { findByIds, Transactions } from '@chainmatch/core';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { EnterpriseChanges, NewEnterpriseRecord } from './enterprise-changes.js';
import { EnterpriseEntity } from './enterprise.entity.js';
import { ENTERPRISE_ALIAS, enterpriseFilterConditions } from './enterprise-filter.js';
import type { EnterpriseFilter } from './enterprise.inputs.js';

/** The SQL of the enterprise module: rows of `enterprise` and their `enterprise_segment` links. */
@Injectable()
export class EnterpriseRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
  ) {}

  findById(id: string): Promise<EnterpriseEntity | null> {
    return this.dataSource.getRepository(EnterpriseEntity).findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<EnterpriseEntity[]> {
    return findByIds(this.dataSource.getRepository(EnterpriseEntity), ids);
  }

  isUsccRegistered(uscc: string): Promise<boolean> {
    return this.transactions.tx.getRepository(EnterpriseEntity).existsBy({ uscc });
  }

  async currentVersion(id: string): Promise<number | null> {
    const row = await this.dataSource.getRepository(EnterpriseEntity).findOne({ where: { id }, select: { id: true, version: true } });
    return row?.version ?? null;
  }

  /**
   * Inserts the enterprise and its segments in one transaction — the caller's when there is one
   * (signing up creates the member account in the same one): a refusal leaves nothing.
   */
  insertWithSegments(record: NewEnterpriseRecord, segmentIds: readonly string[]): Promise<EnterpriseEntity> {
    return this.transactions.run(async () => {
      const tx = this.transactions.tx;
      const { identifiers } = await tx.insert(EnterpriseEntity, record);
      const id = identifiers[0].id as string;
      await this.linkSegments(tx, id, segmentIds);
      return tx.findOneByOrFail(EnterpriseEntity, { id });
    });
  }

  /** Marks the enterprise verified by `userId`, bumping its version. False when the id is unknown. */
  async markVerified(id: string, userId: string): Promise<boolean> {
    const { affected } = await this.dataSource.createQueryBuilder().update(EnterpriseEntity)
      .set({ verifiedAt: () => 'clock_timestamp()', verifiedBy: userId, version: () => 'version + 1', updatedAt: () => 'clock_timestamp()' })
      .where('id = :id', { id }).execute();
    return Boolean(affected);
  }

  /**
   * Applies `changes` (and replaces the segments when given) only if the row is still at
   * `expectedVersion`, bumping the version by exactly one. Returns null when no row matched: the
   * id is unknown or someone else updated it first.
   */
  updateIfVersion(
    id: string,
    expectedVersion: number,
    changes: EnterpriseChanges,
    segmentIds?: readonly string[],
  ): Promise<EnterpriseEntity | null> {
    return this.transactions.run(async () => {
      const manager = this.transactions.tx;
      // Setting `version` explicitly stops TypeORM adding its own `version + 1` for @VersionColumn.
      const { affected } = await manager
        .createQueryBuilder()
        .update(EnterpriseEntity)
        .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'clock_timestamp()' })
        .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
        .execute();
      if (!affected) return null;
      if (segmentIds) {
        await manager.query('DELETE FROM enterprise_segment WHERE enterprise_id = $1', [id]);
        await this.linkSegments(manager, id, segmentIds);
      }
      return manager.findOneByOrFail(EnterpriseEntity, { id });
    });
  }

  /** Segment ids of each enterprise, ordered by segment id, in one query for the whole batch. */
  async segmentIdsByEnterprise(enterpriseIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { enterprise_id: string; segment_id: string }[] = await this.dataSource.query(
      'SELECT enterprise_id, segment_id FROM enterprise_segment WHERE enterprise_id = ANY($1::uuid[]) ORDER BY enterprise_id, segment_id',
      [enterpriseIds],
    );
    const byEnterprise = new Map<string, string[]>();
    for (const row of rows) byEnterprise.set(row.enterprise_id, [...(byEnterprise.get(row.enterprise_id) ?? []), row.segment_id]);
    return byEnterprise;
  }

  /** Enterprises matching every criterion of `filter`, unordered: the caller pages through it. */
  listQuery(filter: EnterpriseFilter | null | undefined): SelectQueryBuilder<EnterpriseEntity> {
    const query = this.dataSource.getRepository(EnterpriseEntity).createQueryBuilder(ENTERPRISE_ALIAS);
    for (const { where, params } of enterpriseFilterConditions(filter)) query.andWhere(where, params);
    return query;
  }

  private async linkSegments(manager: EntityManager, enterpriseId: string, segmentIds: readonly string[]): Promise<void> {
    if (segmentIds.length === 0) return;
    await manager.query('INSERT INTO enterprise_segment (enterprise_id, segment_id) SELECT $1, unnest($2::varchar[])', [
      enterpriseId,
      segmentIds,
    ]);
  }
}

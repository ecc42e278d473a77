import { AppConfig } from '@chainmatch/config';
import { BadUserInputError, CoreErrorReason, readKeysetPage, type Connection, type PageArgs } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFoundSnapshot } from '../insight.errors.js';
import { InsightSnapshotEntity, InsightSnapshotStatus } from './insight-snapshot.entity.js';
import { assertSnapshotId, snapshotPosition, type SnapshotPosition } from './snapshot-page.js';

/** A DONE snapshot's settings never change: kept in memory once read. */
const SETTINGS_CACHE_MAX = 1000;

/** Reads snapshots: the one a query is served from, lists, and the (immutable) settings of each. */
@Injectable()
export class SnapshotQueryService {
  private readonly done = new Map<string, InsightSnapshotEntity>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  findById(id: string, field = 'id'): Promise<InsightSnapshotEntity | null> {
    assertSnapshotId(id, field);
    return this.dataSource.getRepository(InsightSnapshotEntity).findOneBy({ id });
  }

  /** The snapshot a query reads: the one asked for (which must be DONE), or the newest DONE one; null before the first. */
  async served(snapshotId?: string | null, field = 'snapshotId'): Promise<InsightSnapshotEntity | null> {
    if (snapshotId) {
      assertSnapshotId(snapshotId, field);
      const snapshot = await this.doneSnapshot(snapshotId);
      if (!snapshot) throw notFoundSnapshot(snapshotId, field);
      return snapshot;
    }
    return this.dataSource.getRepository(InsightSnapshotEntity).findOne({
      where: { status: InsightSnapshotStatus.DONE }, order: { takenAt: 'DESC', id: 'DESC' },
    });
  }

  /** A DONE snapshot by id, from memory after the first read. */
  async doneSnapshot(id: string): Promise<InsightSnapshotEntity | null> {
    const cached = this.done.get(id);
    if (cached) return cached;
    const snapshot = await this.dataSource.getRepository(InsightSnapshotEntity).findOneBy({ id, status: InsightSnapshotStatus.DONE });
    if (snapshot) {
      if (this.done.size >= SETTINGS_CACHE_MAX) this.done.clear();
      this.done.set(id, snapshot);
    }
    return snapshot;
  }

  /** The page of a snapshot's rows to read: the cursor's snapshot when there is one, else the one asked for or the newest. */
  async position(page: PageArgs, snapshotId: string | null | undefined): Promise<SnapshotPosition | null> {
    const served = page.after ? null : await this.served(snapshotId);
    const position = snapshotPosition(page, served?.id ?? null, this.config.get('PAGE_SIZE_MAX'));
    if (position && snapshotId && position.snapshotId !== snapshotId) {
      throw BadUserInputError.of('after', 'is a cursor of another snapshot than snapshotId', CoreErrorReason.INVALID_CURSOR);
    }
    return position;
  }

  list(page: PageArgs): Promise<Connection<InsightSnapshotEntity>> {
    const query = this.dataSource.getRepository(InsightSnapshotEntity).createQueryBuilder('snapshot');
    return readKeysetPage(query, page, {
      sortColumn: 'snapshot.startedAt', idColumn: 'snapshot.id', idKind: 'bigint',
      sortValueOf: (snapshot) => snapshot.startedAt, idOf: (snapshot) => snapshot.id,
    }, this.config.get('PAGE_SIZE_MAX'));
  }
}

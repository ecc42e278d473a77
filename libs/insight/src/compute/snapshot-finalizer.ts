import { Transactions } from '@chainmatch/core';
import { EVENT_BUS, type EventBus } from '@chainmatch/events';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { InsightSnapshotEntity } from '../snapshots/insight-snapshot.entity.js';
import { FLOW_TIME_ZONE } from './flow-figures.sql.js';

interface ChangedRisk {
  id: string;
  segment_id: string;
  chain_id: string;
  province_adcode: string | null;
  previous_class: string;
  risk_class: string;
}

/**
 * Makes a computed snapshot the current one, in one unit of work: marks it DONE, announces every
 * segment whose class changed since the previous snapshot (heard only once it commits), and prunes
 * what is no longer needed.
 */
@Injectable()
export class SnapshotFinalizer {
  constructor(
    private readonly transactions: Transactions,
    @Inject(EVENT_BUS) private readonly events: EventBus,
  ) {}

  complete(snapshotId: string, takenAt: Date): Promise<InsightSnapshotEntity> {
    return this.transactions.run(async () => {
      const manager = this.transactions.tx;
      await manager.query(`UPDATE insight_snapshot SET status = 'DONE', taken_at = $2, finished_at = now(), steps_done = steps_total,
        current_step = NULL WHERE id = $1`, [snapshotId, takenAt]);
      await this.announceChanges(manager, snapshotId);
      await prune(manager, snapshotId);
      return manager.findOneByOrFail(InsightSnapshotEntity, { id: snapshotId });
    });
  }

  private async announceChanges(manager: EntityManager, snapshotId: string): Promise<void> {
    const changed: ChangedRisk[] = await manager.query(
      `SELECT id, segment_id, chain_id, province_adcode, previous_class, risk_class FROM insight_segment_risk
       WHERE snapshot_id = $1 AND previous_class IS NOT NULL AND previous_class <> risk_class ORDER BY id`, [snapshotId]);
    for (const row of changed) {
      await this.events.publish('insight.risk_changed', {
        snapshotId, riskId: row.id, segmentId: row.segment_id, chainId: row.chain_id,
        provinceAdcode: row.province_adcode?.trim() ?? null, fromClass: row.previous_class, toClass: row.risk_class,
      });
    }
  }
}

/**
 * Flows are read from the current snapshot only (they are kept by month); older snapshots keep their
 * risk and cluster rows for trends — all of the last two days, then the last one of each day.
 */
async function prune(manager: EntityManager, currentId: string): Promise<void> {
  await manager.query(`DELETE FROM insight_flow WHERE snapshot_id <> $1`, [currentId]);
  await manager.query(`DELETE FROM insight_province_flow WHERE snapshot_id <> $1`, [currentId]);
  await manager.query(`DELETE FROM insight_snapshot s WHERE s.id <> $1 AND (
      (s.status = 'FAILED' AND s.started_at < now() - interval '1 day')
      OR (s.status = 'DONE' AND s.taken_at < now() - interval '2 days' AND EXISTS (
        SELECT 1 FROM insight_snapshot later WHERE later.status = 'DONE' AND later.taken_at > s.taken_at
          AND (later.taken_at AT TIME ZONE '${FLOW_TIME_ZONE}')::date = (s.taken_at AT TIME ZONE '${FLOW_TIME_ZONE}')::date)))`, [currentId]);
}

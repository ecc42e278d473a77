import { AppConfig } from '@chainmatch/config';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InsightSnapshotTrigger } from '../snapshots/insight-snapshot.entity.js';
import { InsightRecomputeService } from './insight-recompute.service.js';

/** How often the schedule looks whether a snapshot is due: cheap, and keeps replicas from drifting apart. */
const CHECK_EVERY_MS = 60_000;

/** The interval of the insight-recompute background loop: every minute, or the recompute interval when shorter. */
export const insightScheduleCheckMs = (config: AppConfig): number => Math.min(CHECK_EVERY_MS, config.get('INSIGHT_RECOMPUTE_INTERVAL_MS'));

/**
 * The insight recompute schedule: recomputes when the newest snapshot is older than
 * INSIGHT_RECOMPUTE_INTERVAL_MS — also right at start, so a new installation shows a picture at
 * once. Run by the background loop registry (apps/api/src/background) in the processes given the
 * insight-recompute role (INSIGHT_RECOMPUTE_IN_PROCESS, `npm run insight:worker`). Several may run
 * it: one recomputes, the others then find a fresh snapshot.
 */
@Injectable()
export class InsightRecomputeSchedule {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recompute: InsightRecomputeService,
    private readonly config: AppConfig,
  ) {}

  /** Recomputes when due; returns whether it did (here). */
  async tick(): Promise<boolean> {
    if (!(await this.isDue())) return false;
    return (await this.recompute.recompute(InsightSnapshotTrigger.SCHEDULE)) !== null;
  }

  private async isDue(): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT max(started_at) > now() - $1 * interval '1 millisecond' AS fresh FROM insight_snapshot WHERE status IN ('DONE', 'RUNNING')`,
      [this.config.get('INSIGHT_RECOMPUTE_INTERVAL_MS')]);
    return row?.fresh !== true;
  }
}

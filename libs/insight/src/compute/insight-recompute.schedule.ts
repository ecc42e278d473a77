import { AppConfig } from '@chainmatch/config';
import { runEvery } from '@chainmatch/core';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { InsightSnapshotTrigger } from '../snapshots/insight-snapshot.entity.js';
import { InsightRecomputeService } from './insight-recompute.service.js';

/** How often the schedule looks whether a snapshot is due: cheap, and keeps replicas from drifting apart. */
const CHECK_EVERY_MS = 60_000;

/**
 * The insight recompute loop (INSIGHT_RECOMPUTE_IN_PROCESS, every INSIGHT_RECOMPUTE_INTERVAL_MS):
 * recomputes when the newest snapshot is older than the interval — also right at start, so a new
 * installation shows a picture at once. Several replicas may run it: one recomputes, the others
 * then find a fresh snapshot.
 */
@Injectable()
export class InsightRecomputeSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InsightRecomputeSchedule.name);
  private stop?: () => void;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly recompute: InsightRecomputeService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('INSIGHT_RECOMPUTE_IN_PROCESS')) return;
    this.stop = runEvery(Math.min(CHECK_EVERY_MS, this.config.get('INSIGHT_RECOMPUTE_INTERVAL_MS')), () => this.tick(), this.logger);
    void this.tick().catch((error) => this.logger.error(error));
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }

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

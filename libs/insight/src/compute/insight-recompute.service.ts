import { AppConfig } from '@chainmatch/config';
import { Transactions } from '@chainmatch/core';
import { Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, QueryRunner } from 'typeorm';
import { recomputeStarting } from '../insight.errors.js';
import { thresholdsFrom } from '../insight-thresholds.js';
import { InsightSnapshotEntity, InsightSnapshotStatus, type InsightSnapshotTrigger } from '../snapshots/insight-snapshot.entity.js';
import { InsightCalculator, RECOMPUTE_STEPS } from './insight-calculator.js';
import { SnapshotFinalizer } from './snapshot-finalizer.js';
import { CONCENTRATION_BASIS } from './supply-share.js';

/** One recomputation at a time across every process on the database. */
const LOCK = `hashtext('chainmatch:insight-recompute')`;

interface Started {
  snapshot: InsightSnapshotEntity;
  finished: Promise<InsightSnapshotEntity>;
}

/**
 * Recomputes every insight snapshot table from live data. The counting runs in one REPEATABLE READ
 * unit of work, so the whole snapshot describes one moment while listing writes go on (it only
 * reads them: no lock a write waits for); progress is written beside it as each step starts. A
 * connection of its own holds the advisory lock from opening the snapshot until it is finished.
 */
@Injectable()
export class InsightRecomputeService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(InsightRecomputeService.name);
  /** This process's recomputation, from the moment it asks for the lock until it has finished. */
  private current?: Promise<Started | null>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly calculator: InsightCalculator,
    private readonly finalizer: SnapshotFinalizer,
    private readonly config: AppConfig,
  ) {}

  /**
   * Starts a recomputation in the background and returns its snapshot (RUNNING; follow its
   * progress). If one is already running, here or in another process, returns that one instead.
   */
  async request(trigger: InsightSnapshotTrigger, requestedBy: string | null): Promise<InsightSnapshotEntity> {
    const started = await this.ensureStarted(trigger, requestedBy);
    if (started) {
      started.finished.catch(() => undefined); // logged by run(); the caller follows the snapshot's status
      return started.snapshot;
    }
    return this.runningElsewhere();
  }

  /** Recomputes and waits; null when another process is recomputing. */
  async recompute(trigger: InsightSnapshotTrigger, requestedBy: string | null = null): Promise<InsightSnapshotEntity | null> {
    const started = await this.ensureStarted(trigger, requestedBy);
    return started ? started.finished : null;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await (await this.current?.catch(() => null))?.finished.catch(() => undefined);
  }

  /** Callers in this process share one recomputation; across processes the advisory lock decides. */
  private ensureStarted(trigger: InsightSnapshotTrigger, requestedBy: string | null): Promise<Started | null> {
    this.current ??= this.start(trigger, requestedBy).then((started) => {
      if (!started) this.current = undefined;
      return started;
    }, (error) => {
      this.current = undefined;
      throw error;
    });
    return this.current;
  }

  private async start(trigger: InsightSnapshotTrigger, requestedBy: string | null): Promise<Started | null> {
    const runner = this.dataSource.createQueryRunner();
    let snapshot: InsightSnapshotEntity;
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock(${LOCK}) AS locked`);
      if (!locked) {
        await runner.release();
        return null;
      }
      snapshot = await this.openSnapshot(runner, trigger, requestedBy);
    } catch (error) {
      // Whatever failed (the database lost between statements), the connection goes back to the pool:
      // one kept checked out would make the pool wait for it for ever when the application stops.
      await release(runner);
      throw error;
    }
    const finished = this.run(snapshot).finally(() => {
      this.current = undefined;
      return release(runner);
    });
    return { snapshot, finished };
  }

  /** A snapshot left RUNNING by a process that died holds no lock any more: it failed. */
  private async openSnapshot(runner: QueryRunner, trigger: InsightSnapshotTrigger, requestedBy: string | null): Promise<InsightSnapshotEntity> {
    await runner.query(`UPDATE insight_snapshot SET status = 'FAILED', finished_at = now(), error = 'interrupted: its process stopped'
      WHERE status = 'RUNNING'`);
    const snapshots = runner.manager.getRepository(InsightSnapshotEntity);
    const { id } = await snapshots.save({
      status: InsightSnapshotStatus.RUNNING, trigger, requestedBy, stepsDone: 0, stepsTotal: RECOMPUTE_STEPS.length,
      thresholds: { ...thresholdsFrom(this.config), concentrationBasis: CONCENTRATION_BASIS },
    });
    // As stored: started_at is the database's clock (its column default), which save() does not read back.
    return snapshots.findOneByOrFail({ id });
  }

  private async run(snapshot: InsightSnapshotEntity): Promise<InsightSnapshotEntity> {
    const timing = stepTimer();
    try {
      const takenAt = await this.transactions.run(async () => {
        // Sorting and hashing a million listings' groups in memory rather than on disk.
        await this.transactions.tx.query(`SET LOCAL work_mem = '64MB'`);
        const figuresAt = await this.calculator.computeInto(snapshot.id, snapshot.thresholds, async (stepsDone, step) => {
          timing.next(step ?? 'committing');
          await this.reportProgress(snapshot.id, stepsDone, step);
        });
        timing.next('committing');
        return figuresAt;
      }, 'REPEATABLE READ');
      timing.next('finishing');
      const done = await this.finalizer.complete(snapshot.id, takenAt);
      this.logger.log(`insight snapshot ${snapshot.id} computed in ${timing.summary()}`);
      return done;
    } catch (error) {
      await this.markFailed(snapshot.id, error as Error);
      this.logger.error(`insight snapshot ${snapshot.id} failed: ${(error as Error).message}`);
      throw error;
    }
  }

  /** Written on a pooled connection of its own, so readers see it while the computing transaction is open. */
  private async reportProgress(snapshotId: string, stepsDone: number, step: string | null): Promise<void> {
    await this.dataSource.query(`UPDATE insight_snapshot SET steps_done = $2, current_step = $3 WHERE id = $1`, [snapshotId, stepsDone, step]);
  }

  private async markFailed(snapshotId: string, error: Error): Promise<void> {
    await this.dataSource.query(`UPDATE insight_snapshot SET status = 'FAILED', finished_at = now(), current_step = NULL, error = $2
      WHERE id = $1`, [snapshotId, error.message.slice(0, 500)]).catch(() => undefined);
  }

  private async runningElsewhere(): Promise<InsightSnapshotEntity> {
    const repository = this.dataSource.getRepository(InsightSnapshotEntity);
    const running = await repository.findOne({ where: { status: InsightSnapshotStatus.RUNNING }, order: { id: 'DESC' } });
    const latest = running ?? (await repository.find({ order: { id: 'DESC' }, take: 1 }))[0];
    if (!latest) throw recomputeStarting();
    return latest;
  }
}

async function release(runner: QueryRunner): Promise<void> {
  await runner.query(`SELECT pg_advisory_unlock(${LOCK})`).catch(() => undefined);
  await runner.release();
}

/** How long each step took, for the log: `31.2 s (listings 4.1 s, …)`. */
function stepTimer() {
  const started = performance.now();
  const steps: [string, number][] = [];
  return {
    next(step: string) {
      steps.push([step, performance.now()]);
    },
    summary(): string {
      const now = performance.now();
      const parts = steps.map(([step, at], i) => `${step} ${(((steps[i + 1]?.[1] ?? now) - at) / 1000).toFixed(1)} s`);
      return `${((now - started) / 1000).toFixed(1)} s (${parts.join(', ')})`;
    },
  };
}

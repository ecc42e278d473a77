import { AppConfig } from '@chainmatch/config';
import { LoopRunner, type LoopHealth } from '@chainmatch/core';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { BackgroundLoop, ProcessRole } from './background-loop.js';
import { BACKGROUND_LOOPS } from './background-loops.registry.js';

export const LOOPS_OF_THIS_PROCESS = Symbol('LOOPS_OF_THIS_PROCESS');

/** Longest pause between attempts of a failing loop (its database or engine is down). */
const MAX_BACKOFF_MS = 30_000;

export interface BackgroundLoopReport extends Omit<LoopHealth, 'status'> {
  role: ProcessRole;
  /** `elsewhere`: another process kind runs it (its backlog in readiness shows whether it keeps up). */
  status: LoopHealth['status'] | 'elsewhere';
}

/**
 * Runs this process's background loops (those of its roles, from BACKGROUND_LOOPS): starts them
 * once the application is up, stops them — waiting for passes in flight — before the database
 * connections close, and reports every registered loop's health.
 */
@Injectable()
export class BackgroundLoops implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('BackgroundLoops');
  private readonly runners = new Map<string, LoopRunner>();

  constructor(
    @Inject(LOOPS_OF_THIS_PROCESS) private readonly loops: BackgroundLoop[],
    private readonly moduleRef: ModuleRef,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    for (const loop of this.loops) {
      const task = this.moduleRef.get(loop.task, { strict: false });
      const schedule = { intervalMs: loop.everyMs(this.config), leaseMs: loop.leaseMs?.(this.config), maxBackoffMs: MAX_BACKOFF_MS };
      const runner = new LoopRunner(loop.name, () => loop.pass(task), schedule, this.logger);
      this.runners.set(loop.name, runner);
      runner.start();
    }
    if (this.loops.length > 0) this.logger.log(`background loops running: ${this.loops.map((loop) => loop.name).join(', ')}`);
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.runners.values()].map((runner) => runner.stop()));
  }

  /** The runner of a loop of this process, e.g. for a test to await its next pass. */
  runner(name: string): LoopRunner {
    const runner = this.runners.get(name);
    if (!runner) throw new Error(`the background loop ${name} does not run in this process`);
    return runner;
  }

  report(): BackgroundLoopReport[] {
    return BACKGROUND_LOOPS.map((loop) => {
      const runner = this.runners.get(loop.name);
      if (runner) return { ...runner.health(), role: loop.role };
      return {
        name: loop.name, role: loop.role, status: 'elsewhere', intervalMs: loop.everyMs(this.config), leaseMs: loop.leaseMs?.(this.config) ?? null,
        passes: 0, consecutiveFailures: 0, lastStartedAt: null, lastSucceededAt: null, lastError: null,
      };
    });
  }
}

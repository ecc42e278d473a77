export interface LoopSchedule {
  /** Pause after a pass that found nothing more to do. */
  intervalMs: number;
  /** How long a pass may hold the work it claimed before another worker may take it over; absent for loops without claims. */
  leaseMs?: number;
  /** Longest pause after failures (the pause doubles per consecutive failure, from intervalMs). */
  maxBackoffMs: number;
}

export interface LoopHealth {
  name: string;
  status: 'starting' | 'ok' | 'failing' | 'stalled' | 'stopped';
  intervalMs: number;
  leaseMs: number | null;
  passes: number;
  consecutiveFailures: number;
  lastStartedAt: Date | null;
  lastSucceededAt: Date | null;
  lastError: string | null;
}

export interface LoopLogger {
  error(message: string): void;
  warn(message: string): void;
}

/** A stop waiting longer than this for a pass says so (see LoopRunner.stop). */
export const SLOW_STOP_MS = 5_000;

/**
 * Runs one background loop: a pass, then the next one at once when the pass said more is waiting
 * (resolved to `true`), otherwise after the interval; after a failure the pause doubles up to
 * maxBackoffMs, so a loop whose database or engine is down does not hammer it. Passes never overlap,
 * never keep the process alive, and stop() waits for the pass in flight. Its health is kept for
 * readiness: a pass running longer than the lease (or ten intervals) reads as stalled.
 */
export class LoopRunner {
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private stopped = true;
  private passes = 0;
  private started = 0;
  private failures = 0;
  private lastStartedAt: Date | null = null;
  private lastSucceededAt: Date | null = null;
  private lastError: string | null = null;
  private waiters: { afterPass: number; resolve: () => void }[] = [];

  constructor(
    readonly name: string,
    private readonly pass: () => Promise<unknown>,
    readonly schedule: LoopSchedule,
    private readonly logger: LoopLogger,
  ) {}

  /** Starts the loop; its first pass runs right away (a restarted process catches up at once). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.next(0);
  }

  /**
   * Stops the loop: no pass starts after this, and it resolves when the pass in flight has ended. A
   * pass still running after SLOW_STOP_MS is named in a warning, with how long it has run: a process
   * whose stop hangs then says what it is waiting for.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    if (!this.inFlight) return;
    const slow = setTimeout(() => {
      const runningS = this.lastStartedAt ? Math.round((Date.now() - this.lastStartedAt.getTime()) / 1000) : 0;
      this.logger.warn(`${this.name}: stopping waits for its pass in flight (running for ${runningS} s)`);
    }, SLOW_STOP_MS);
    slow.unref();
    try {
      await this.inFlight;
    } finally {
      clearTimeout(slow);
    }
  }

  /** Resolves once a pass that starts after this call has finished (whatever its outcome). */
  nextPass(): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ afterPass: this.started, resolve }));
  }

  health(now = new Date()): LoopHealth {
    return {
      name: this.name,
      status: this.status(now),
      intervalMs: this.schedule.intervalMs,
      leaseMs: this.schedule.leaseMs ?? null,
      passes: this.passes,
      consecutiveFailures: this.failures,
      lastStartedAt: this.lastStartedAt,
      lastSucceededAt: this.lastSucceededAt,
      lastError: this.lastError,
    };
  }

  private status(now: Date): LoopHealth['status'] {
    if (this.stopped) return 'stopped';
    const limitMs = this.schedule.leaseMs ?? 10 * this.schedule.intervalMs;
    if (this.inFlight && this.lastStartedAt && now.getTime() - this.lastStartedAt.getTime() > limitMs) return 'stalled';
    if (this.failures > 0) return 'failing';
    return this.passes === 0 ? 'starting' : 'ok';
  }

  private next(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.runPass().then((more) => {
        this.inFlight = undefined;
        this.next(more ? 0 : this.pause());
      });
    }, delayMs);
    this.timer.unref();
  }

  /** One pass; true when the next should follow at once. Never rejects. */
  private async runPass(): Promise<boolean> {
    const number = ++this.started;
    this.lastStartedAt = new Date();
    try {
      const more = (await this.pass()) === true;
      this.failures = 0;
      this.lastSucceededAt = new Date();
      return more;
    } catch (error) {
      this.failures += 1;
      this.lastError = error instanceof Error ? error.message : String(error);
      const log = this.failures === 1 ? this.logger.error : this.logger.warn;
      log.call(this.logger, `${this.name}: ${this.lastError} (failure ${this.failures}; next try in ${this.pause()} ms)`);
      return false;
    } finally {
      this.passes += 1;
      this.settleWaiters(number);
    }
  }

  private pause(): number {
    const { intervalMs, maxBackoffMs } = this.schedule;
    if (this.failures === 0) return intervalMs;
    return Math.min(Math.max(intervalMs, maxBackoffMs), intervalMs * 2 ** Math.min(this.failures, 20));
  }

  private settleWaiters(finishedPass: number): void {
    const due = this.waiters.filter((waiter) => finishedPass > waiter.afterPass);
    this.waiters = this.waiters.filter((waiter) => finishedPass <= waiter.afterPass);
    for (const waiter of due) waiter.resolve();
  }
}

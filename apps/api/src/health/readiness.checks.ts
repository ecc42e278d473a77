import { answerWithin } from '@chainmatch/core';
import { MatchRefreshWorker } from '@chainmatch/matching';
import { SearchHealthIndicator } from '@chainmatch/search';
import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorFunction, type HealthIndicatorResult } from '@nestjs/terminus';
import { BackgroundLoops } from '../background/background-loops.service.js';
import { DatabaseProbe } from './database.probe.js';

/** Each check answers within this, whatever it waits on (a busy pool, a hung engine). */
const CHECK_TIMEOUT_MS = 2000;
/** Match suggestions this far behind the listings count as degraded. */
const MATCH_LAG_DEGRADED_SECONDS = 300;

/**
 * What /health/ready reports. Only an unreachable database makes the API not ready (HTTP 503): it
 * can serve nothing then. A search engine that is down, a sync or match backlog, a failing loop
 * make it `degraded` (HTTP 200): the API still serves, writes are kept and caught up later.
 */
@Injectable()
export class ReadinessChecks {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly database: DatabaseProbe,
    private readonly search: SearchHealthIndicator,
    private readonly matchRefresh: MatchRefreshWorker,
    private readonly loops: BackgroundLoops,
  ) {}

  all(): HealthIndicatorFunction[] {
    return [
      () => this.databaseCheck(),
      () => this.bounded('search', () => this.search.check('search')),
      () => this.bounded('matchRefresh', () => this.matchRefreshCheck()),
      async () => this.loopsCheck(),
    ];
  }

  private async databaseCheck(): Promise<HealthIndicatorResult> {
    const { reachable, latencyMs, error } = await this.database.ping();
    const indicator = this.indicators.check('database');
    return reachable ? indicator.up({ latencyMs }) : indicator.down({ latencyMs, error });
  }

  private async matchRefreshCheck(): Promise<HealthIndicatorResult> {
    const backlog = await this.matchRefresh.backlog();
    const details = {
      pendingListings: backlog.pending, failingListings: backlog.failing, lagSeconds: Math.round(backlog.lagSeconds * 10) / 10,
      ...(backlog.lastError && backlog.failing > 0 && { lastError: backlog.lastError }),
    };
    const indicator = this.indicators.check('matchRefresh');
    return backlog.lagSeconds < MATCH_LAG_DEGRADED_SECONDS ? indicator.up(details) : indicator.degraded(details);
  }

  private loopsCheck(): HealthIndicatorResult {
    const loops = this.loops.report().map(({ name, role, status, intervalMs, leaseMs, consecutiveFailures, lastSucceededAt, lastError }) =>
      ({ name, role, status, intervalMs, leaseMs, consecutiveFailures, lastSucceededAt, ...(lastError && consecutiveFailures > 0 && { lastError }) }));
    const indicator = this.indicators.check('backgroundLoops');
    const troubled = loops.some((loop) => loop.status === 'failing' || loop.status === 'stalled');
    return troubled ? indicator.degraded({ loops }) : indicator.up({ loops });
  }

  /** A check that never throws and answers in time: a failure or no answer reads as degraded, with why. */
  private bounded(key: string, check: () => Promise<HealthIndicatorResult>): Promise<HealthIndicatorResult> {
    const degraded = (error: string) => this.indicators.check(key).degraded({ error });
    const attempt = check().catch((error: unknown) => degraded(error instanceof Error ? error.message : String(error)));
    return answerWithin(attempt, CHECK_TIMEOUT_MS, () => degraded(`no answer within ${CHECK_TIMEOUT_MS} ms`));
  }
}

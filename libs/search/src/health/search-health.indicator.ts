import { answerWithin } from '@chainmatch/core';
import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { SEARCH_ENGINE, type EngineHealth, type SearchEngine } from '../engine/search-engine.port.js';
import { SearchOutboxRepository } from '../sync/search-outbox.repository.js';

/** Sync lag beyond which search counts as degraded: listings changed this long ago are not findable as they are. */
const LAG_DEGRADED_SECONDS = 300;
/** /health answers promptly even when the engine hangs. */
const ENGINE_CHECK_TIMEOUT_MS = 2000;

/**
 * /health's `search` entry: the engine's status and the sync backlog (lag = age of the oldest
 * change not yet in the index). An engine that is down or far behind reports `degraded`, not
 * `down`: the API still serves everything else and no write is lost, so it should stay in rotation.
 */
@Injectable()
export class SearchHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly outbox: SearchOutboxRepository,
  ) {}

  async check(key = 'search'): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    const [engine, backlog] = await Promise.all([this.engineHealth(), this.outbox.backlog()]);
    const details = {
      engine: engine.engine,
      engineStatus: engine.status,
      ...(engine.detail && { engineDetail: engine.detail }),
      syncLagSeconds: Math.round(backlog.lagSeconds * 10) / 10,
      pendingChanges: backlog.pending,
      failingChanges: backlog.failing,
      ...(backlog.lastError && backlog.failing > 0 && { lastError: backlog.lastError }),
    };
    return engine.status === 'up' && backlog.lagSeconds < LAG_DEGRADED_SECONDS ? indicator.up(details) : indicator.degraded(details);
  }

  private engineHealth(): Promise<EngineHealth> {
    return answerWithin(this.engine.health(), ENGINE_CHECK_TIMEOUT_MS,
      () => ({ engine: this.engine.name, status: 'down', detail: `no answer within ${ENGINE_CHECK_TIMEOUT_MS} ms` }));
  }
}

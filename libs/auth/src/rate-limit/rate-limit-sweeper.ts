import { runEvery } from '@chainmatch/core';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RateLimiter } from './rate-limiter.service.js';

const SWEEP_EVERY_MS = 15 * 60_000;

/** Keeps the counter table small: old windows are deleted now and then (safe in several processes). */
@Injectable()
export class RateLimitSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitSweeper.name);
  private stop?: () => void;

  constructor(private readonly limiter: RateLimiter) {}

  onApplicationBootstrap(): void {
    this.stop = runEvery(SWEEP_EVERY_MS, () => this.limiter.purgeExpired(), this.logger);
  }

  onApplicationShutdown(): void {
    this.stop?.();
  }
}

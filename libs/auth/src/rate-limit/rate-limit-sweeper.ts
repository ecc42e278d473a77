import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { RateLimiter } from './rate-limiter.service.js';

const SWEEP_EVERY_MS = 15 * 60_000;

/** Keeps the counter table small: old windows are deleted now and then (safe in several processes). */
@Injectable()
export class RateLimitSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RateLimitSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly limiter: RateLimiter) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.limiter.purgeExpired().catch((error) => this.logger.error(error)), SWEEP_EVERY_MS);
    // A pending sweep must not keep a stopping process alive.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}

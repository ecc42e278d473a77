import { AppConfig } from '@chainmatch/config';
import { RateLimitedError } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiter } from '../rate-limit/rate-limiter.service.js';

const SLOWDOWN_STEP_MS = 150;
const SLOWDOWN_MAX_MS = 2000;

/**
 * Guessing passwords: failed logins are counted per email and per IP (in PostgreSQL, so the count
 * holds across API processes); past LOGIN_ATTEMPTS_MAX in the window further tries are refused, and
 * each failure answers a little later than the one before.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async assertMayTry(email: string, ip: string): Promise<void> {
    const window = this.config.get('RATE_LIMIT_WINDOW_SECONDS');
    for (const { key, max } of this.limits(email, ip)) {
      const { hits, retryAfterSeconds } = await this.limiter.peek(key, window);
      if (hits >= max) throw new RateLimitedError('too many failed sign-in attempts; wait and try again', retryAfterSeconds, 'TOO_MANY_LOGIN_ATTEMPTS');
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const window = this.config.get('RATE_LIMIT_WINDOW_SECONDS');
    const [byEmail] = await Promise.all(this.limits(email, ip).map(({ key, max }) => this.limiter.hit(key, max, window)));
    await sleep(Math.min(SLOWDOWN_MAX_MS, SLOWDOWN_STEP_MS * byEmail.hits));
  }

  recordSuccess(email: string): Promise<void> {
    return this.limiter.reset(this.limits(email, '')[0].key);
  }

  /** The email's own limit first: the slowdown follows it. */
  private limits(email: string, ip: string): { key: string; max: number }[] {
    return [
      { key: `login-failure:email:${email}`, max: this.config.get('LOGIN_ATTEMPTS_MAX') },
      { key: `login-failure:ip:${ip}`, max: this.config.get('LOGIN_ATTEMPTS_PER_IP_MAX') },
    ];
  }
}

import { AppConfig } from '@chainmatch/config';
import { RateLimitedError } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimiter } from '../rate-limit/rate-limiter.service.js';
import { AuthErrorReason } from '../auth.errors.js';

const SLOWDOWN_STEP_MS = 150;
const SLOWDOWN_MAX_MS = 2000;

/**
 * Guessing passwords: attempts are counted per email and per IP (in PostgreSQL, so the count holds
 * across API processes) before the password is checked, each count atomic: however many attempts
 * arrive at once, at most LOGIN_ATTEMPTS_MAX per email (LOGIN_ATTEMPTS_PER_IP_MAX per IP) in the
 * window are checked; the rest are refused unchecked. A successful attempt gives its count back, so
 * the limits count failures. Each failure answers a little later than the one before.
 */
@Injectable()
export class LoginThrottle {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  /** Counts the attempt, or refuses it (RATE_LIMITED, counting nothing); returns how many this email has made. */
  async admit(email: string, ip: string): Promise<number> {
    const window = this.config.get('RATE_LIMIT_WINDOW_SECONDS');
    const [byEmail, byIp] = this.limits(email, ip);
    const emailCount = await this.limiter.take(byEmail.key, byEmail.max, window);
    if (!emailCount.allowed) throw tooMany(emailCount.retryAfterSeconds);
    const ipCount = await this.limiter.take(byIp.key, byIp.max, window);
    if (!ipCount.allowed) {
      await this.limiter.release(byEmail.key, window);
      throw tooMany(ipCount.retryAfterSeconds);
    }
    return emailCount.hits;
  }

  /** The attempt failed: it stays counted, and the answer comes later the more the email failed. */
  async failed(emailAttempts: number): Promise<void> {
    await sleep(Math.min(SLOWDOWN_MAX_MS, SLOWDOWN_STEP_MS * emailAttempts));
  }

  /** The attempt succeeded: the email starts afresh, and the IP's count gets this attempt back. */
  async succeeded(email: string, ip: string): Promise<void> {
    const [byEmail, byIp] = this.limits(email, ip);
    await Promise.all([this.limiter.reset(byEmail.key), this.limiter.release(byIp.key, this.config.get('RATE_LIMIT_WINDOW_SECONDS'))]);
  }

  private limits(email: string, ip: string): [{ key: string; max: number }, { key: string; max: number }] {
    return [
      { key: `login-failure:email:${email}`, max: this.config.get('LOGIN_ATTEMPTS_MAX') },
      { key: `login-failure:ip:${ip}`, max: this.config.get('LOGIN_ATTEMPTS_PER_IP_MAX') },
    ];
  }
}

const tooMany = (retryAfterSeconds: number) =>
  new RateLimitedError('too many failed sign-in attempts; wait and try again', retryAfterSeconds, AuthErrorReason.TOO_MANY_LOGIN_ATTEMPTS);

import { AppConfig } from '@chainmatch/config';
import { RateLimitedError } from '@chainmatch/core';
import { Injectable } from '@nestjs/common';
import { CallerService } from '../access/caller.service.js';
import type { RequestWithUser } from '../current-user.decorator.js';
import type { AuthUser } from '../role.js';
import { RateLimiter } from './rate-limiter.service.js';
import { AuthErrorReason } from '../auth.errors.js';

const REASON = AuthErrorReason.TOO_MANY_MUTATIONS;

/**
 * At most MUTATIONS_MAX root mutations per RATE_LIMIT_WINDOW_SECONDS, per IP and, for a signed-in
 * caller, per user. Checked once per operation before it executes (the GraphQL request gate calls
 * it), counting every root mutation field, aliases included: nothing of a refused operation runs.
 * Refused mutations count too, including anonymous ones the access rule would refuse.
 */
@Injectable()
export class MutationRateLimit {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly callers: CallerService,
  ) {}

  /** Counts the `mutations` root fields of one operation for the request's IP and caller. */
  async admitOperation(request: RequestWithUser | undefined, mutations: number): Promise<void> {
    const user = request ? await this.callers.callerOf(request).catch(() => undefined) : undefined;
    await this.admit(request?.ip, user, mutations);
  }

  /** Counts `mutations` for the IP and the user; RATE_LIMITED when either goes over the limit. */
  async admit(ip: string | undefined, user: AuthUser | undefined, mutations = 1): Promise<void> {
    const max = this.config.get('MUTATIONS_MAX');
    const windowSeconds = this.config.get('RATE_LIMIT_WINDOW_SECONDS');
    // More than a whole window's allowance in one operation: refused outright, without counting.
    if (mutations > max) {
      throw new RateLimitedError(`one operation may hold at most ${max} mutations; it holds ${mutations}`, windowSeconds, REASON);
    }
    const keys = [`mutation:ip:${ip ?? 'unknown'}`, ...(user ? [`mutation:user:${user.userId}`] : [])];
    const refused = (await Promise.all(keys.map((key) => this.limiter.hit(key, max, windowSeconds, mutations)))).filter((r) => !r.allowed);
    if (refused.length > 0) {
      const retryAfterSeconds = Math.max(...refused.map((r) => r.retryAfterSeconds));
      throw new RateLimitedError(`too many changes: at most ${max} in ${windowSeconds} s; retry in ${retryAfterSeconds} s`, retryAfterSeconds, REASON);
    }
  }
}

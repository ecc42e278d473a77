import { AppConfig } from '@chainmatch/config';
import { RateLimitedError } from '@chainmatch/core';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { requestOf } from '../current-user.decorator.js';
import type { AuthUser } from '../role.js';
import { CallerService } from '../access/caller.service.js';
import { RateLimiter } from './rate-limiter.service.js';
import { AuthErrorReason } from '../auth.errors.js';

/**
 * At most MUTATIONS_MAX root mutations per RATE_LIMIT_WINDOW_SECONDS, per IP and, for a signed-in
 * caller, per user. Registered as the first global guard, so every mutation counts — including
 * anonymous ones the AccessGuard then refuses (each still costs an audit row). As a guard it
 * refuses before the resolver runs, so a refused mutation writes nothing.
 */
@Injectable()
export class MutationRateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly callers: CallerService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== 'mutation' || info.path.prev !== undefined) return true;
    const request = requestOf(context);
    await this.admit(request.ip, await this.callers.callerOf(request).catch(() => undefined));
    return true;
  }

  /** Counts one mutation for the IP and the user; RATE_LIMITED when either is over the limit. */
  async admit(ip: string | undefined, user: AuthUser | undefined): Promise<void> {
    const max = this.config.get('MUTATIONS_MAX');
    const windowSeconds = this.config.get('RATE_LIMIT_WINDOW_SECONDS');
    const keys = [`mutation:ip:${ip ?? 'unknown'}`, ...(user ? [`mutation:user:${user.userId}`] : [])];
    const refused = (await Promise.all(keys.map((key) => this.limiter.hit(key, max, windowSeconds)))).filter((r) => !r.allowed);
    if (refused.length > 0) {
      const retryAfterSeconds = Math.max(...refused.map((r) => r.retryAfterSeconds));
      throw new RateLimitedError(`too many changes: at most ${max} in ${windowSeconds} s; retry in ${retryAfterSeconds} s`, retryAfterSeconds, AuthErrorReason.TOO_MANY_MUTATIONS);
    }
  }
}

import { Module } from '@nestjs/common';
import { RateLimiter } from './rate-limiter.service.js';

/** PostgreSQL-backed rate limits (the mutation limit lives in AuthModule: it needs the caller). */
@Module({
  providers: [RateLimiter],
  exports: [RateLimiter],
})
export class RateLimitModule {}

import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { fixedWindow } from './fixed-window.js';

export interface RateLimitCount {
  /** Hits counted for the key in the current window. */
  hits: number;
  /** Seconds until the current window ends and the count starts again from zero. */
  retryAfterSeconds: number;
}

export interface RateLimitResult extends RateLimitCount {
  /** Whether this hit is within `max` (the hit is counted either way). */
  allowed: boolean;
}

/**
 * Fixed-window counters in PostgreSQL, so a limit holds across every API process on the database
 * (an in-memory store such as @nestjs/throttler's would give each process its own allowance).
 *
 * Keys are namespaced strings chosen by the caller, e.g. `mutation:ip:10.0.0.7` or
 * `login-failure:email:a@b.cn`; use one window size per key. The table holds their SHA-256 only
 * (32 bytes whatever the key's length, no email in clear). Typical use:
 * - count and refuse: `const r = await limiter.hit(key, max, window); if (!r.allowed) throw new RateLimitedError(…, r.retryAfterSeconds)`
 * - admit at most `max` attempts, however many arrive at once: `take` before the attempt (refuse when
 *   it is not allowed; nothing is counted then), `release` or `reset` after a success.
 */
@Injectable()
export class RateLimiter {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts `count` hits (one unless said) for `key` in the current window of `windowSeconds` (one round trip). */
  async hit(key: string, max: number, windowSeconds: number, count = 1): Promise<RateLimitResult> {
    const window = fixedWindow(Date.now(), windowSeconds);
    const [{ hits }] = (await this.dataSource.query(
      `INSERT INTO rate_limit_counter AS counter (key_hash, window_start, hits) VALUES ($1, $2, $3)
       ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = counter.hits + $3
       RETURNING hits`,
      [hashOf(key), window.start, count],
    )) as [{ hits: number }];
    return { allowed: hits <= max, hits, retryAfterSeconds: window.retryAfterSeconds };
  }

  /** The count of `key` in the current window, without counting. */
  async peek(key: string, windowSeconds: number): Promise<RateLimitCount> {
    const window = fixedWindow(Date.now(), windowSeconds);
    const [row] = (await this.dataSource.query(
      `SELECT hits FROM rate_limit_counter WHERE key_hash = $1 AND window_start = $2`,
      [hashOf(key), window.start],
    )) as { hits: number }[];
    return { hits: row?.hits ?? 0, retryAfterSeconds: window.retryAfterSeconds };
  }

  /**
   * Counts one hit for `key` only while fewer than `max` were counted in the window — one atomic
   * statement, so concurrent callers can never all pass the check. Refused: nothing is counted.
   */
  async take(key: string, max: number, windowSeconds: number): Promise<RateLimitResult> {
    const window = fixedWindow(Date.now(), windowSeconds);
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit_counter AS counter (key_hash, window_start, hits) VALUES ($1, $2, 1)
       ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = counter.hits + 1 WHERE counter.hits < $3
       RETURNING hits`,
      [hashOf(key), window.start, max],
    )) as { hits: number }[];
    return { allowed: row !== undefined, hits: row?.hits ?? max, retryAfterSeconds: window.retryAfterSeconds };
  }

  /** Gives back one hit `take` counted in the current window (the attempt turned out not to count). */
  async release(key: string, windowSeconds: number): Promise<void> {
    const window = fixedWindow(Date.now(), windowSeconds);
    await this.dataSource.query(
      `UPDATE rate_limit_counter SET hits = hits - 1 WHERE key_hash = $1 AND window_start = $2 AND hits > 0`,
      [hashOf(key), window.start],
    );
  }

  /** Forgets every count of `key` (e.g. failed logins after a successful one). */
  async reset(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_counter WHERE key_hash = $1`, [hashOf(key)]);
  }

  /** Deletes windows that started over a day ago (windows are at most a day long); returns how many. Run by the rate-limit-purge loop. */
  async purgeExpired(): Promise<number> {
    const [, count] = (await this.dataSource.query(
      `DELETE FROM rate_limit_counter WHERE window_start < now() - interval '1 day'`,
    )) as [unknown, number];
    return count;
  }
}

const hashOf = (key: string): Buffer => createHash('sha256').update(key).digest();

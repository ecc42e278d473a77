import type { TestApi } from './test-api.js';

/**
 * Polls `condition` until it holds: for waiting on a state another process or connection brings
 * about (never for timing an assertion). Fails after `timeoutMs`, naming what it waited for.
 */
export async function waitUntil(condition: () => Promise<boolean>, what = 'condition', timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what}: not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until `count` sessions of the test's database wait for a lock (the timing a test forces with a lock it holds). */
export function waitForLockWaiters(api: TestApi, count: number): Promise<void> {
  return waitUntil(async () => {
    const [{ n }] = await api.sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
    return n >= count;
  }, `${count} session(s) waiting for a lock`);
}

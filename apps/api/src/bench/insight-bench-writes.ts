import type pg from 'pg';
import { percentile } from './bench-stats.js';

/** Latencies of listing writes made while something else runs. */
export interface WriteLatencies {
  writes: number;
  p50: number;
  p95: number;
  max: number;
  /** The most lock requests seen waiting at once (sampled every LOCK_SAMPLE_MS): a write blocked by a lock shows here. */
  lockWaits: number;
}

const LOCK_SAMPLE_MS = 100;

/** A steady pace of writes, as users editing listings would make them (not a flood that would itself be the load). */
const PAUSE_MS = 20;

/**
 * Writes listings (a version bump, firing the triggers every listing change fires) one after the
 * other until `during` settles, and returns how long each took: a computation that blocked writes
 * would show as writes waiting for it.
 */
export async function writesDuring(pool: pg.Pool, listingIds: string[], during: Promise<unknown>): Promise<WriteLatencies> {
  let done = false;
  const finished = during.finally(() => (done = true));
  const pause = () => new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  const latencies: number[] = [];
  const [, lockWaits] = await Promise.all([
    (async () => {
      for (let i = 0; !done; i++) {
        const started = performance.now();
        await pool.query(`UPDATE listing SET version = version + 1, updated_at = now() WHERE id = $1`, [listingIds[i % listingIds.length]]);
        latencies.push(performance.now() - started);
        await pause();
      }
    })(),
    mostLockWaits(pool, () => done),
    finished,
  ]);
  const sorted = latencies.sort((a, b) => a - b);
  return { writes: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN, lockWaits };
}

async function mostLockWaits(pool: pg.Pool, stopped: () => boolean): Promise<number> {
  let most = 0;
  while (!stopped()) {
    const [{ waiting }] = (await pool.query(`SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`)).rows;
    most = Math.max(most, waiting);
    await new Promise((resolve) => setTimeout(resolve, LOCK_SAMPLE_MS));
  }
  return most;
}

export const formatWrites = (label: string, w: WriteLatencies) =>
  `${label.padEnd(38)} ${String(w.writes).padStart(5)} writes  p50 ${w.p50.toFixed(1).padStart(6)} ms  p95 ${w.p95.toFixed(1).padStart(6)} ms  `
  + `max ${w.max.toFixed(1).padStart(7)} ms  lock waits seen ${w.lockWaits}`;

import { loadavg } from 'node:os';

/** Latency figures of one target over the mix. */
export interface Measurement {
  target: string;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  /** Queries per second with one client, one query after the other. */
  qpsSequential: number;
  /** Queries per second with several clients at once. */
  qpsConcurrent: number;
  perQuery: Map<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs `count` calls of `run(i)` across `clients` concurrent loops; returns each call's milliseconds and the wall time. */
export async function timeCalls(count: number, clients: number, run: (i: number) => Promise<unknown>): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    for (let i = next++; i < count; i = next++) {
      const t = performance.now();
      await run(i);
      latencies.push(performance.now() - t);
    }
  }));
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

const ms = (value: number) => value.toFixed(1).padStart(7);
/** Queries per second, with a decimal where they are few (a plain-SQL baseline at a million listings). */
const qps = (value: number) => value.toFixed(value < 10 ? 1 : 0).padStart(8);

export function formatTable(rows: Measurement[], clients: number): string[] {
  const header = `${'target'.padEnd(10)} ${'queries'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'q/s (1)'.padStart(8)} ${`q/s (${clients})`.padStart(8)}`;
  return [header, ...rows.map((r) =>
    `${r.target.padEnd(10)} ${String(r.queries).padStart(7)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${qps(r.qpsSequential)} ${qps(r.qpsConcurrent)}`)];
}

export function formatPerQuery(names: string[], rows: Measurement[]): string[] {
  const header = `${'query (median ms)'.padEnd(24)} ${rows.map((r) => r.target.padStart(9)).join(' ')}`;
  return [header, ...names.map((name) => `${name.padEnd(24)} ${rows.map((r) => ms(r.perQuery.get(name) ?? Number.NaN).padStart(9)).join(' ')}`)];
}

/** The machine's load averages over 1, 5 and 15 minutes, for a benchmark's output. */
export function loadAverage(): string {
  return loadavg().map((load) => load.toFixed(1)).join(' ');
}

/** What `run` returns, and the CPU milliseconds (user and system) this process — all its threads — spent meanwhile. */
export async function withCpu<T>(run: () => Promise<T>): Promise<{ result: T; cpuMs: number }> {
  const before = process.cpuUsage();
  const result = await run();
  const { user, system } = process.cpuUsage(before);
  return { result, cpuMs: (user + system) / 1000 };
}

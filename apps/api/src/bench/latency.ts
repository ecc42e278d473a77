/** Latency figures of a set of timed calls, in milliseconds. */
export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  perSecond: number;
}

/** Nearest-rank percentiles; `wallMs` is the elapsed time of the whole run, for the throughput. */
export function summarize(samplesMs: number[], wallMs: number): LatencySummary {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: at(50), p95: at(95), p99: at(99), mean, perSecond: (sorted.length / wallMs) * 1000 };
}

export function formatSummary(label: string, s: LatencySummary): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(9);
  return `${label.padEnd(34)} p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  ${s.perSecond.toFixed(0).padStart(5)} /s  (n=${s.count})`;
}

/** Times `call` once per item, one after another. */
export async function timeEach<T>(items: T[], call: (item: T) => Promise<unknown>): Promise<LatencySummary> {
  const samples: number[] = [];
  const started = performance.now();
  for (const item of items) {
    const t = performance.now();
    await call(item);
    samples.push(performance.now() - t);
  }
  return summarize(samples, performance.now() - started);
}

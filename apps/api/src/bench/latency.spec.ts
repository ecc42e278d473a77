import { summarize } from './latency.js';

describe('summarize', () => {
  it('takes nearest-rank percentiles and the throughput', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(samples, 2000)).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, mean: 50.5, perSecond: 50 });
  });
});

import { jest } from '@jest/globals';
import { LoopRunner, SLOW_STOP_MS } from './loop-runner.js';

const quiet = { error: () => undefined, warn: () => undefined };
const SCHEDULE = { intervalMs: 1000, maxBackoffMs: 8000 };

describe('LoopRunner', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Advances fake time by `ms`, letting the passes' promises settle in between. */
  const advance = (ms: number) => jest.advanceTimersByTimeAsync(ms);

  it('runs a first pass at start, then one per interval', async () => {
    let passes = 0;
    const runner = new LoopRunner('sweep', async () => void passes++, SCHEDULE, quiet);
    runner.start();
    await advance(0);
    expect(passes).toBe(1);
    await advance(999);
    expect(passes).toBe(1);
    await advance(1);
    expect(passes).toBe(2);
    await advance(3000);
    expect(passes).toBe(5);
    expect(runner.health()).toMatchObject({ name: 'sweep', status: 'ok', passes: 5, consecutiveFailures: 0, lastError: null });
    await runner.stop();
  });

  it('runs the next pass at once while a pass reports more work', async () => {
    const results = [true, true, false];
    let passes = 0;
    const runner = new LoopRunner('drain', async () => results[passes++] ?? false, SCHEDULE, quiet);
    runner.start();
    await advance(10); // (a timer of 0 ms fires after 1 ms)
    expect(passes).toBe(3);
    await advance(980);
    expect(passes).toBe(3);
    await advance(20);
    expect(passes).toBe(4);
    await runner.stop();
  });

  it('backs off exponentially while passes fail, up to the maximum, and recovers', async () => {
    const starts: number[] = [];
    let failing = true;
    const runner = new LoopRunner('flaky', async () => {
      starts.push(Date.now());
      if (failing) throw new Error('connection refused');
    }, SCHEDULE, quiet);
    const origin = Date.now();
    runner.start();
    await advance(40_000);
    const gaps = starts.slice(1).map((at, i) => at - starts[i]);
    expect(starts[0] - origin).toBe(0);
    expect(gaps.slice(0, 5)).toEqual([2000, 4000, 8000, 8000, 8000]);
    expect(runner.health()).toMatchObject({ status: 'failing', lastError: 'connection refused' });
    failing = false;
    await advance(8000);
    expect(runner.health()).toMatchObject({ status: 'ok', consecutiveFailures: 0 });
    const before = starts.length;
    await advance(1000);
    expect(starts.length).toBe(before + 1);
    await runner.stop();
  });

  it('reports a pass running past its lease as stalled', async () => {
    let release!: () => void;
    const runner = new LoopRunner('slow', () => new Promise<void>((resolve) => (release = resolve)), { ...SCHEDULE, leaseMs: 5000 }, quiet);
    runner.start();
    await advance(4000);
    expect(runner.health().status).toBe('starting');
    await advance(2000);
    expect(runner.health().status).toBe('stalled');
    release();
    await advance(0);
    expect(runner.health().status).toBe('ok');
    await runner.stop();
  });

  it('stop() waits for the pass in flight and prevents further passes', async () => {
    let release!: () => void;
    let passes = 0;
    const runner = new LoopRunner('long', () => new Promise<void>((resolve) => {
      passes++;
      release = resolve;
    }), SCHEDULE, quiet);
    runner.start();
    await advance(0);
    let stopped = false;
    const stopping = runner.stop().then(() => (stopped = true));
    await advance(0);
    expect(stopped).toBe(false);
    release();
    await stopping;
    await advance(10_000);
    expect(passes).toBe(1);
    expect(runner.health().status).toBe('stopped');
  });

  it('says which pass a slow stop waits for, once, and nothing when the stop is quick', async () => {
    const warnings: string[] = [];
    const logger = { error: () => undefined, warn: (message: string) => void warnings.push(message) };
    let release!: () => void;
    const runner = new LoopRunner('search-sync', () => new Promise<void>((resolve) => (release = resolve)), SCHEDULE, logger);
    runner.start();
    await advance(3000);
    const stopping = runner.stop();
    await advance(SLOW_STOP_MS - 1);
    expect(warnings).toEqual([]);
    await advance(1);
    expect(warnings).toEqual(['search-sync: stopping waits for its pass in flight (running for 8 s)']);
    await advance(SLOW_STOP_MS * 3);
    release();
    await stopping;
    expect(warnings).toHaveLength(1);

    const quick = new LoopRunner('sweep', async () => undefined, SCHEDULE, logger);
    quick.start();
    await advance(0);
    await quick.stop();
    await advance(SLOW_STOP_MS * 2);
    expect(warnings).toHaveLength(1);
  });

  it('nextPass() resolves after a pass that started after the call', async () => {
    let passes = 0;
    const runner = new LoopRunner('sweep', async () => void passes++, SCHEDULE, quiet);
    runner.start();
    await advance(0);
    let seen = -1;
    const waiting = runner.nextPass().then(() => (seen = passes));
    await advance(500);
    expect(seen).toBe(-1);
    await advance(500);
    await waiting;
    expect(seen).toBe(2);
    await runner.stop();
  });
});

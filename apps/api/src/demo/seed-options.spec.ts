import { parseSeedOptions, SeedUsageError } from './seed-options.js';

describe('seed options', () => {
  it('defaults to a small set and derives enterprises from listings', () => {
    expect(parseSeedOptions([])).toEqual({ listings: 2000, enterprises: 100, matches: 200, seed: 1, batchSize: 5000, reset: false });
    expect(parseSeedOptions(['--listings', '100000'])).toMatchObject({ listings: 100000, enterprises: 5000, matches: 10000 });
  });

  it('reads every flag', () => {
    expect(parseSeedOptions(['--enterprises', '7', '--listings', '9', '--matches', '4', '--seed', '42', '--batch-size', '3', '--reset']))
      .toEqual({ enterprises: 7, listings: 9, matches: 4, seed: 42, batchSize: 3, reset: true });
  });

  it.each([['--listings', '-5'], ['--listings', 'lots'], ['--enterprises', '2000000']])('refuses %s %s', (flag, value) => {
    expect(() => parseSeedOptions([flag, value])).toThrow(SeedUsageError);
  });

  it('refuses an unknown flag', () => {
    expect(() => parseSeedOptions(['--everything'])).toThrow(SeedUsageError);
    expect(() => parseSeedOptions(['--everything'])).toThrow(/--everything/);
  });
});

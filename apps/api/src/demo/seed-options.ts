import { parseArgs } from 'node:util';

export interface SeedOptions {
  enterprises: number;
  listings: number;
  /** Curated demo matches (with their timelines). */
  matches: number;
  seed: number;
  batchSize: number;
  reset: boolean;
}

const LIMITS = { enterprises: 1_000_000, listings: 5_000_000, matches: 1_000_000, batchSize: 20_000 };

export class SeedUsageError extends Error {}

export const SEED_USAGE = `usage: npm run seed -- [--enterprises N] [--listings M] [--matches K] [--seed S] [--batch-size B] [--reset]
  --enterprises  enterprises to generate (default: listings / 20, at least 100; at most ${LIMITS.enterprises})
  --listings     listings to generate (default 2000; at most ${LIMITS.listings})
  --matches      curated demo matches with their timelines (default: listings / 10; at most ${LIMITS.matches}); with them, the
                 demo's supply gaps are applied (0: listings exactly as generated)
  --seed         generator seed; the same seed gives the same data (default 1)
  --batch-size   rows per INSERT (default 5000; at most ${LIMITS.batchSize})
  --reset        delete existing enterprises, listings and accounts first (needed when there are some)`;

export function parseSeedOptions(argv: string[]): SeedOptions {
  const values = readFlags(argv);
  const listings = count('listings', values.listings, 2000, LIMITS.listings);
  return {
    listings,
    enterprises: count('enterprises', values.enterprises, Math.max(100, Math.round(listings / 20)), LIMITS.enterprises),
    matches: count('matches', values.matches, Math.round(listings / 10), LIMITS.matches),
    seed: count('seed', values.seed, 1, Number.MAX_SAFE_INTEGER),
    batchSize: Math.max(1, count('batch-size', values['batch-size'], 5000, LIMITS.batchSize)),
    reset: values.reset,
  };
}

function readFlags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: {
        enterprises: { type: 'string' }, listings: { type: 'string' }, matches: { type: 'string' }, seed: { type: 'string' },
        'batch-size': { type: 'string' }, reset: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new SeedUsageError((error as Error).message);
  }
}

function count(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max) throw new SeedUsageError(`--${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  return Number(raw);
}

import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { createSearchContext, ListingDocumentRepository, REBUILD_BATCH_SIZE, SearchRebuildService } from '@chainmatch/search';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { rebuildProgress } from '../cli/rebuild-progress.js';
import { runWithDatabase } from '../cli/run-with-database.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { ensureListings, PROGRESS_EVERY_MS } from './bench-setup.js';
import { loadAverage, percentile, withCpu } from './bench-stats.js';

/**
 * `npm run bench:rebuild`: loads (or reuses) a demo set of --listings listings, then --rounds times in
 * turn the baseline — the rebuild's own read of every searchable listing (the same cursor over one
 * snapshot, rows decoded into documents; nothing analysed or written) — and the whole rebuild, swapped
 * in as `npm run index:rebuild` swaps it. Prints each with listings a second, the CPU of this process
 * and of the whole machine (PostgreSQL's included) a listing, and this process's peak memory. The read
 * is the floor every rebuild pays and slows down with the machine, whose speed here moves a run by
 * ±15 % within an hour: a slow rebuild next to a slow read is the machine, not the code. Run it on a
 * data folder of its own:
 *   DATA_DIR=/tmp/chainmatch-bench npm run bench:rebuild -- [--listings 1000000] [--rounds 3]
 */
const { values: args } = parseArgs({ options: { listings: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '1' } } });
const options = { listings: Number(args.listings), rounds: Number(args.rounds) };
if (![options.listings, options.rounds].every((n) => Number.isSafeInteger(n) && n > 0)) {
  console.error('usage: bench:rebuild -- [--listings N] [--rounds N], each a positive whole number');
  process.exit(64); // EX_USAGE
}

/** The rebuild rate the product aims at, at a million listings on the 2-core development machine (README, Performance). */
const TARGET_PER_SECOND = 5000;
const TARGET_LISTINGS = 1_000_000;

/** One measured pass over every searchable listing. */
interface Pass {
  documents: number;
  seconds: number;
  /** CPU seconds of this process, all its threads. */
  processCpu: number;
  /** CPU seconds of every core of the machine, PostgreSQL's backends included. */
  machineCpu: number;
}

await runWithDatabase(async (url, logger, env) => {
  await ensureListings(url, options.listings, logger);
  const context = await createSearchContext(dataSourceOptions(url), logger, env);
  try {
    const rounds: { read: Pass; rebuild: Pass }[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      const read = await measured(() => readAll(context));
      const rebuild = await measured(() => rebuildAll(context, logger));
      rounds.push({ read, rebuild });
      logger.info(`round ${round} of ${options.rounds} (load average ${loadAverage()}):`);
      for (const line of describe(read, rebuild)) logger.info(`  ${line}`);
    }
    if (rounds.length > 1) {
      const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
      const seconds = rounds.map(({ rebuild }) => rebuild.seconds);
      const documents = rounds[0].rebuild.documents;
      logger.info(`rebuild over ${rounds.length} rounds: median ${median(seconds).toFixed(1)} s (${rate(documents, median(seconds))}), `
        + `${Math.min(...seconds).toFixed(1)}–${Math.max(...seconds).toFixed(1)} s; median read alone ${median(rounds.map(({ read }) => read.seconds)).toFixed(1)} s; `
        + `${seconds.filter((s) => documents / s >= TARGET_PER_SECOND).length} of ${rounds.length} at or above ${TARGET_PER_SECOND.toLocaleString('en')}/s`);
    }
    logger.info(`peak memory of this process ${(process.resourceUsage().maxRSS / 1024 ** 2).toFixed(2)} GB`);
  } finally {
    await context.close();
  }
});

/** The rebuild's read alone: every searchable listing through its cursor, in one REPEATABLE READ snapshot as a rebuild reads them. */
function readAll(context: INestApplicationContext): Promise<number> {
  const documents = context.get(ListingDocumentRepository);
  return context.get(DataSource).transaction('REPEATABLE READ', async (manager) => {
    let read = 0;
    for await (const batch of documents.allSearchable(manager, REBUILD_BATCH_SIZE)) read += batch.length;
    return read;
  });
}

async function rebuildAll(context: INestApplicationContext, logger: Logger): Promise<number> {
  const report = await context.get(SearchRebuildService).rebuild({ progress: rebuildProgress(logger, PROGRESS_EVERY_MS) });
  return report!.documents; // waits for the index's lock, so it always runs
}

async function measured(pass: () => Promise<number>): Promise<Pass> {
  const [machineStart, started] = [machineBusyMs(), performance.now()];
  const { result: documents, cpuMs } = await withCpu(pass);
  return {
    documents,
    seconds: (performance.now() - started) / 1000,
    processCpu: cpuMs / 1000,
    machineCpu: (machineBusyMs() - machineStart) / 1000,
  };
}

/** Milliseconds the machine's cores have been busy since it started. */
function machineBusyMs(): number {
  return cpus().reduce((sum, { times }) => sum + times.user + times.nice + times.sys + times.irq, 0);
}

function describe(read: Pass, rebuild: Pass): string[] {
  const atScale = options.listings >= TARGET_LISTINGS;
  const target = `the target at ${TARGET_LISTINGS.toLocaleString('en')} listings, ≥ ${TARGET_PER_SECOND.toLocaleString('en')}/s`;
  const verdict = !atScale ? target : `${rebuild.documents / rebuild.seconds >= TARGET_PER_SECOND ? 'at or above' : 'below'} ${target}`;
  return [
    `read alone (baseline): ${passLine(read)}`,
    `rebuild: ${passLine(rebuild)}; ${verdict}`,
    `rebuild / read alone: ${(rebuild.seconds / read.seconds).toFixed(1)}× the time`,
  ];
}

function passLine({ documents, seconds, processCpu, machineCpu }: Pass): string {
  const perListing = (cpu: number) => `${((cpu * 1000) / documents).toFixed(3)} ms a listing`;
  return `${documents.toLocaleString('en')} listings in ${seconds.toFixed(1)} s (${rate(documents, seconds)}); `
    + `CPU of this process ${processCpu.toFixed(1)} s (${perListing(processCpu)}), of the machine ${machineCpu.toFixed(1)} s (${perListing(machineCpu)})`;
}

function rate(documents: number, seconds: number): string {
  return `${Math.round(documents / seconds).toLocaleString('en')}/s`;
}

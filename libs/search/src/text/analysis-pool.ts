import type { TermGroup } from '@chainmatch/lexicon';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis } from './analysed-listing.js';

/**
 * Work done on a batch of a rebuild with the process's text analysis: the function, and where a
 * worker thread finds the task (its module's URL and the name it exports the task under; the worker
 * imports it there). What it returns crosses back to the main thread, so a task returns its result
 * ready to send (JSON text, COPY data): copying rows of objects between threads would cost the main
 * thread what the workers saved it. Buffers it names in `transfer` are handed over, not copied.
 */
export interface AnalysisTask<In, Out> {
  module: string;
  name: string;
  run: (input: In, analysis: DocumentAnalysis) => Out;
  transfer?: (output: Out) => ArrayBuffer[];
}

/** What a worker needs to analyse text exactly as its parent does. */
export interface AnalysisWorkerData {
  dictionary: string[];
  groups: TermGroup[];
}

/** One task's runs on a set of AnalysisThreads; closing every pool of the set ends its threads. */
export interface AnalysisPool<In, Out> {
  run(input: In): Promise<Out>;
  close(): Promise<void>;
}

const WORKER_FILE = new URL('./analysis.worker.js', import.meta.url);

interface Pending {
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

/**
 * Threads analysing batches on every core, shared by the pools of one rebuild: a rebuild segments a
 * million listings, which one thread does at a fraction of the speed the database stores them. A
 * batch that several pools run (the engine's rows and the scoring terms of the same listings) runs on
 * one thread, whose caches then serve every task, and is sent to it once when its tasks follow one
 * another. Where the compiled worker is not at hand (the test runner executes TypeScript), tasks run
 * in this thread, with the same analysis.
 */
export class AnalysisThreads {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending>();
  private readonly threadOf = new WeakMap<object, number>();
  /** The input each thread was last sent. */
  private readonly lastInput: (object | undefined)[] = [];
  private next = 0;
  private turn = 0;
  private pools = 0;

  constructor(readonly analysis: DocumentAnalysis, workerData: AnalysisWorkerData) {
    const threads = existsSync(fileURLToPath(WORKER_FILE)) ? availableParallelism() : 0;
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(WORKER_FILE, { workerData });
      worker.on('message', ({ id, output }: { id: number; output: unknown }) => this.settle(id, (p) => p.resolve(output)));
      worker.on('error', (error) => this.pending.forEach((p, id) => this.settle(id, () => p.reject(error))));
      return worker;
    });
  }

  /** Whether pools may still be opened: the threads end when the last pool closes. */
  get open(): boolean {
    return this.pools > 0;
  }

  pool<In extends object, Out>(task: AnalysisTask<In, Out>): AnalysisPool<In, Out> {
    this.pools += 1;
    let closed = false;
    return {
      run: (input) => this.run(task, input),
      close: async () => {
        if (closed) return;
        closed = true;
        this.pools -= 1;
        if (this.pools === 0) await Promise.all(this.workers.map((worker) => worker.terminate()));
      },
    };
  }

  private run<In extends object, Out>(task: AnalysisTask<In, Out>, input: In): Promise<Out> {
    if (this.workers.length === 0) return Promise.resolve(task.run(input, this.analysis));
    let thread = this.threadOf.get(input);
    if (thread === undefined) {
      thread = this.turn++ % this.workers.length;
      this.threadOf.set(input, thread);
    }
    const id = this.next++;
    const sameInput = this.lastInput[thread] === input;
    this.lastInput[thread] = input;
    return new Promise<unknown>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[thread].postMessage({ id, module: task.module, name: task.name, ...(sameInput ? { sameInput } : { input }) });
    }) as Promise<Out>;
  }

  private settle(id: number, action: (pending: Pending) => void): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (pending) action(pending);
  }
}

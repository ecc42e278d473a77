import type { TermGroup } from '@chainmatch/lexicon';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentAnalysis } from './analysed-listing.js';

/**
 * Work done on a batch of a rebuild with the process's text analysis: the function, and where a
 * worker thread finds it (its module's URL and export name; the worker imports it there). What it
 * returns crosses back to the main thread, so a task returns its result ready to send (JSON text):
 * copying rows of objects between threads would cost the main thread what the workers saved it.
 */
export interface AnalysisTask<In, Out> {
  module: string;
  name: string;
  run: (input: In, analysis: DocumentAnalysis) => Out;
}

/** What a worker needs to analyse text exactly as its parent does, and the task it runs. */
export interface AnalysisWorkerData {
  dictionary: string[];
  groups: TermGroup[];
  module: string;
  name: string;
}

const WORKER_FILE = new URL('./analysis.worker.js', import.meta.url);

interface Pending<Out> {
  resolve: (output: Out) => void;
  reject: (error: Error) => void;
}

/**
 * A task over batches, on every core: a rebuild segments a million listings, which one thread does
 * at a fraction of the speed the database stores them. Where the compiled worker is not at hand (the
 * test runner executes TypeScript), the task runs in this thread, with the same analysis.
 */
export class AnalysisPool<In, Out> {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, Pending<Out>>();
  private next = 0;

  constructor(
    private readonly task: AnalysisTask<In, Out>,
    private readonly analysis: DocumentAnalysis,
    data: Omit<AnalysisWorkerData, 'module' | 'name'>,
  ) {
    const threads = existsSync(fileURLToPath(WORKER_FILE)) ? availableParallelism() : 0;
    const workerData: AnalysisWorkerData = { ...data, module: task.module, name: task.name };
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(WORKER_FILE, { workerData });
      worker.on('message', ({ id, output }: { id: number; output: Out }) => this.settle(id, (p) => p.resolve(output)));
      worker.on('error', (error) => this.pending.forEach((p, id) => this.settle(id, () => p.reject(error))));
      return worker;
    });
  }

  run(input: In): Promise<Out> {
    if (this.workers.length === 0) return Promise.resolve(this.task.run(input, this.analysis));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, input });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(id: number, action: (pending: Pending<Out>) => void): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (pending) action(pending);
  }
}

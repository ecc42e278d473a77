import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ListingDocument } from '../engine/listing-document.js';
import type { DocumentAnalysis } from '../text/analysed-listing.js';
import { toPgDocumentRow, type PgDocumentRow } from './pg-document-row.js';
import type { RowWorkerData } from './pg-row.worker.js';

type Rows = { row: PgDocumentRow; terms: string[] }[];

const WORKER_FILE = new URL('./pg-row.worker.js', import.meta.url);

/**
 * Documents into engine rows on every core: a rebuild segments a million listings, which one thread
 * does at a fraction of the speed the database stores them. Where the compiled worker is not at hand
 * (the test runner executes TypeScript), rows are made in this thread, with the same analysis.
 */
export class PgRowWorkers {
  private readonly workers: Worker[];
  private readonly pending = new Map<number, { resolve: (rows: Rows) => void; reject: (error: Error) => void }>();
  private next = 0;

  constructor(
    private readonly analysis: DocumentAnalysis,
    data: RowWorkerData,
  ) {
    const threads = existsSync(fileURLToPath(WORKER_FILE)) ? availableParallelism() : 0;
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(WORKER_FILE, { workerData: data });
      worker.on('message', ({ id, rows }: { id: number; rows: Rows }) => this.settle(id, (p) => p.resolve(rows)));
      worker.on('error', (error) => this.pending.forEach((p, id) => this.settle(id, () => p.reject(error))));
      return worker;
    });
  }

  rows(documents: ListingDocument[]): Promise<Rows> {
    if (this.workers.length === 0) return Promise.resolve(documents.map((document) => toPgDocumentRow(document, this.analysis)));
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.workers[id % this.workers.length].postMessage({ id, documents });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(id: number, action: (pending: { resolve: (rows: Rows) => void; reject: (error: Error) => void }) => void): void {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (pending) action(pending);
  }
}

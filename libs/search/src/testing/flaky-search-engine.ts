import type { DocumentFingerprint, ListingDocument } from '../engine/listing-document.js';
import type { EngineHealth, IndexRebuild, SearchEngine, SearchRequest, SearchResult, SettingsReport } from '../engine/search-engine.port.js';

export type EngineFault = 'none' | 'down' | 'hang';

/**
 * Fault injection for tests: wraps a real engine and, on demand, refuses every call as an
 * unreachable server would ('down'), or never answers writes ('hang', as a process that dies in
 * the middle of a batch). Test-only: it lives in `testing/`, which the application build leaves out.
 */
export class FlakySearchEngine implements SearchEngine {
  private fault: EngineFault = 'none';
  private readonly hanging: (() => void)[] = [];
  writes = 0;
  refused = 0;

  constructor(private readonly inner: SearchEngine) {}

  get name(): string {
    return this.inner.name;
  }

  set(fault: EngineFault): void {
    this.fault = fault;
  }

  /** Lets the writes that hung go on to the real engine. */
  releaseHung(): void {
    this.hanging.splice(0).forEach((release) => release());
  }

  applySettings(): Promise<SettingsReport> {
    return this.guard(() => this.inner.applySettings());
  }

  upsert(documents: ListingDocument[]): Promise<void> {
    return this.write(() => this.inner.upsert(documents));
  }

  delete(ids: string[]): Promise<void> {
    return this.write(() => this.inner.delete(ids));
  }

  search(request: SearchRequest): Promise<SearchResult> {
    return this.guard(() => this.inner.search(request));
  }

  count(): Promise<number> {
    return this.guard(() => this.inner.count());
  }

  async health(): Promise<EngineHealth> {
    return this.fault === 'down' ? { engine: this.name, status: 'down', detail: 'connect ECONNREFUSED (injected)' } : this.inner.health();
  }

  fingerprints(): AsyncIterable<DocumentFingerprint[]> {
    return this.inner.fingerprints();
  }

  beginRebuild(): Promise<IndexRebuild> {
    return this.guard(() => this.inner.beginRebuild());
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async write(work: () => Promise<void>): Promise<void> {
    if (this.fault === 'hang') await new Promise<void>((release) => this.hanging.push(release));
    await this.guard(work);
    this.writes += 1;
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    if (this.fault === 'down') {
      this.refused += 1;
      throw new Error('connect ECONNREFUSED 127.0.0.1:7700 (injected fault)');
    }
    return work();
  }
}

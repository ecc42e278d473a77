import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { LossTolerantClient } from './loss-tolerant-client.js';

/** Why a request's database work was stopped. */
export type AbortReason = 'DEADLINE_EXCEEDED' | 'CLIENT_CLOSED';

/** A statement refused or cancelled because its request was aborted; its transaction rolls back. */
export class RequestAbortedError extends Error {
  constructor(readonly reason: AbortReason) {
    super(reason === 'DEADLINE_EXCEEDED' ? 'the request ran past its deadline' : 'the client closed the connection');
    this.name = 'RequestAbortedError';
  }
}

interface RequestScope {
  signal: AbortSignal;
  /** Connections running a statement for this request now. */
  busy: Set<AbortableClient>;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/**
 * Runs `work` as one request's database work: once `signal` aborts (with an AbortReason), the
 * statements it is running are cancelled and any further one is refused — ROLLBACK excepted — so
 * its transactions roll back and nothing more is written for a request no one waits for.
 */
export function runAbortable<T>(signal: AbortSignal, work: () => T): T {
  const scope: RequestScope = { signal, busy: new Set() };
  signal.addEventListener('abort', () => scope.busy.forEach((client) => client.cancelRunningStatement()), { once: true });
  return scopes.run(scope, work);
}

/** Runs `work` outside any request's scope: work that must be done even for an aborted request (its audit entry). */
export function runUnabortable<T>(work: () => T): T {
  return scopes.exit(work);
}

/** The RequestAbortedError within `error` (as TypeORM wraps it), if the error is one. */
export function requestAbortOf(error: unknown): RequestAbortedError | undefined {
  for (let candidate = error, depth = 0; candidate && typeof candidate === 'object' && depth < 5; depth++) {
    if (candidate instanceof RequestAbortedError) return candidate;
    candidate = (candidate as { driverError?: unknown }).driverError ?? (candidate as { cause?: unknown }).cause;
  }
  return undefined;
}

const ROLLBACK = /^\s*ROLLBACK\b/i;

/** The pieces of pg's Client and Connection a cancel request uses (not in @types/pg). */
interface BackendKey { processID: number; secretKey: number; host: string; port: number }
interface CancelConnection { connect(port: number | string, host?: string): void; cancel(processID: number, secretKey: number): void; on(event: string, listener: () => void): void }

/**
 * pg's Client, aware of the request it works for (the pool hands it out with `Client`): statements
 * of an aborted request are refused, and a running one is cancelled with PostgreSQL's cancel
 * request — on a connection of its own, as psql's Ctrl-C does, without waiting for a pool slot. A
 * lost connection ends no process (see LossTolerantClient).
 */
export class AbortableClient extends LossTolerantClient {
  // Every overload of pg's query (text or config; values; promise or callback) goes through here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(config: any, values?: any, callback?: any): any {
    const scope = scopes.getStore();
    // Outside a request, and for submittable query objects (cursors, streams), pg's own query as it is.
    if (!scope || typeof config?.submit === 'function') return super.query(config, values, callback);
    const aborted = () => new RequestAbortedError(scope.signal.reason as AbortReason);
    const done: ((error: unknown, result?: unknown) => void) | undefined = [values, callback].find((argument) => typeof argument === 'function');
    const text: unknown = typeof config === 'string' ? config : config?.text;
    if (scope.signal.aborted && !(typeof text === 'string' && ROLLBACK.test(text))) {
      if (!done) return Promise.reject(aborted());
      return void process.nextTick(() => done(aborted()));
    }
    scope.busy.add(this);
    const settle = (error: unknown) => {
      scope.busy.delete(this);
      return error && scope.signal.aborted ? aborted() : error;
    };
    const params = typeof values === 'function' ? undefined : values;
    if (done) return super.query(config, params, (error: Error, result: unknown) => done(settle(error), result));
    return super.query(config, params).then((result: unknown) => (settle(undefined), result), (error: unknown) => {
      throw settle(error);
    });
  }

  cancelRunningStatement(): void {
    const { processID, secretKey, host, port } = this as unknown as BackendKey;
    const connection = new pg.Connection() as unknown as CancelConnection;
    connection.on('error', () => undefined);
    connection.on('connect', () => connection.cancel(processID, secretKey));
    if (host?.startsWith('/')) connection.connect(`${host}/.s.PGSQL.${port}`);
    else connection.connect(port, host);
  }
}

import { print } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import type { TypedDocument } from './graphql-client.js';

type Result<T> = FormattedExecutionResult<T, unknown>;

/**
 * A graphql-ws client on the test API's /graphql, as a frontend would open it: the access token
 * goes in `connection_init` as `{ authorization: 'Bearer …' }`. No retries: a refusal must show.
 */
export function connectLive(baseUrl: string, accessToken?: string): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: accessToken ? { authorization: `Bearer ${accessToken}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

/** One subscription's results, queued as they arrive, with waits that fail after a deadline. */
export class LiveSubscription<T = Record<string, any>> {
  private readonly results: Result<T>[] = [];
  private readonly waiters: (() => void)[] = [];
  private failure?: unknown;
  private completed = false;
  readonly unsubscribe: () => void;

  /** A typed document (`graphql(…)`) types the results; a string leaves them as `T` says. */
  constructor(client: Client, query: string | TypedDocument<T, Record<string, unknown>>, variables?: Record<string, unknown>) {
    this.unsubscribe = client.subscribe<T>({ query: typeof query === 'string' ? query : print(query), variables }, {
      next: (result) => this.settle(() => this.results.push(result)),
      error: (error) => this.settle(() => (this.failure = error)),
      complete: () => this.settle(() => (this.completed = true)),
    });
  }

  /** The next result; throws when the subscription failed or ended first, or after `ms`. */
  async next(ms = 5000): Promise<Result<T>> {
    const deadline = Date.now() + ms;
    while (this.results.length === 0) {
      if (this.failure !== undefined) throw new Error(`subscription failed: ${describe(this.failure)}`);
      if (this.completed) throw new Error('subscription completed without a further result');
      if (!(await this.change(deadline - Date.now()))) throw new Error(`no result within ${ms} ms`);
    }
    return this.results.shift()!;
  }

  /** The next result's data (fails on errors). */
  async nextData(ms?: number): Promise<T> {
    const result = await this.next(ms);
    if (result.errors?.length || !result.data) throw new Error(`subscription errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** How the subscription ended: the error it failed with (a close event or GraphQL errors). */
  async failed(ms = 5000): Promise<unknown> {
    const deadline = Date.now() + ms;
    while (this.failure === undefined) {
      if (!(await this.change(deadline - Date.now()))) throw new Error(`did not fail within ${ms} ms`);
    }
    return this.failure;
  }

  private settle(apply: () => unknown): void {
    apply();
    this.waiters.splice(0).forEach((wake) => wake());
  }

  /** Resolves true on the next result, failure or completion; false after `ms`. */
  private change(ms: number): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}

/**
 * Waits until `subscription` receives events: the server sets a subscription up asynchronously
 * (authentication, then LISTEN), and a client cannot tell when it is done. So publish a probe
 * event meant for this subscriber until one arrives, then drop the probes that followed it.
 * `isProbe` tells probes from real results.
 */
export async function untilLive<T>(
  subscription: LiveSubscription<T>,
  publishProbe: () => Promise<void>,
  isProbe: (result: Result<T>) => boolean,
): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    await publishProbe();
    const result = await subscription.next(100).catch(() => undefined);
    if (result && isProbe(result)) return drainProbes(subscription, isProbe);
    if (result) throw new Error(`expected a probe, got ${JSON.stringify(result)}`);
  }
  throw new Error('the subscription never became live');
}

async function drainProbes<T>(subscription: LiveSubscription<T>, isProbe: (result: Result<T>) => boolean): Promise<void> {
  for (;;) {
    const result = await subscription.next(200).catch(() => undefined);
    if (!result) return;
    if (!isProbe(result)) throw new Error(`expected only probes while settling, got ${JSON.stringify(result)}`);
  }
}

function describe(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) return `close ${(error as { code: number; reason?: string }).code} ${(error as { reason?: string }).reason ?? ''}`;
  return JSON.stringify(error);
}

export interface MatchRow {
  id: string;
  demandEnterpriseId: string;
  supplyEnterpriseId: string;
  chainId: string;
  provinceAdcodes: string[];
}

type Sql = (text: string, params?: unknown[]) => Promise<Record<string, any>[]>;

/**
 * A match row between two listings, written directly (as the matching worker would) so that an
 * event about it resolves. `score` 0.8125; chain and provinces as given.
 */
export async function insertMatchRow(sql: Sql, demand: { listingId: string; enterpriseId: string; provinceAdcode: string },
  supply: { listingId: string; enterpriseId: string; provinceAdcode: string }, chainId = 'ic'): Promise<MatchRow> {
  const [{ id }] = await sql(
    `INSERT INTO match (demand_listing_id, supply_listing_id, demand_enterprise_id, supply_enterprise_id, chain_id, segment_id,
       demand_province_adcode, supply_province_adcode, score, explanation)
     VALUES ($1, $2, $3, $4, $5::varchar, $5::varchar || '.packaging', $6, $7, 0.8125, '[]') RETURNING id`,
    [demand.listingId, supply.listingId, demand.enterpriseId, supply.enterpriseId, chainId, demand.provinceAdcode, supply.provinceAdcode],
  );
  return { id, demandEnterpriseId: demand.enterpriseId, supplyEnterpriseId: supply.enterpriseId, chainId, provinceAdcodes: [demand.provinceAdcode, supply.provinceAdcode] };
}

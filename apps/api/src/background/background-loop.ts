import type { AppConfig, Environment } from '@chainmatch/config';
import type { DynamicModule, Type } from '@nestjs/common';

/**
 * What a process is for. A process runs the background loops of the roles it is given: the API
 * those its configuration keeps in process, `npm run search:worker` / `match:worker` / `sweepers` /
 * `insight:worker` their own.
 */
export type ProcessRole = 'search-sync' | 'match-refresh' | 'sweepers' | 'insight-recompute';

export interface BackgroundLoop<T = unknown> {
  /** Shown in /health/ready and the logs. */
  name: string;
  role: ProcessRole;
  /** The module providing `task`, imported by any process that runs this loop. */
  module: Type<unknown> | DynamicModule;
  task: Type<T>;
  /** One pass, a bounded amount of work. Resolving to `true` means more is waiting: the next pass starts at once. */
  pass(task: T): Promise<unknown>;
  everyMs(config: AppConfig): number;
  /** How long a pass may hold claimed work before another worker takes it over (loops that lease work). */
  leaseMs?(config: AppConfig): number;
}

/** Declares a loop with its task's type inferred (one entry in BACKGROUND_LOOPS). */
export const loop = <T>(definition: BackgroundLoop<T>): BackgroundLoop => definition as BackgroundLoop;

/** The roles whose loops the API process runs itself, from its configuration. */
export function inProcessRoles(
  env: Pick<Environment, 'SEARCH_WORKER_IN_PROCESS' | 'MATCH_WORKER_IN_PROCESS' | 'SWEEPERS_IN_PROCESS' | 'INSIGHT_RECOMPUTE_IN_PROCESS'>,
): ProcessRole[] {
  const roles: [ProcessRole, boolean][] = [
    ['search-sync', env.SEARCH_WORKER_IN_PROCESS], ['match-refresh', env.MATCH_WORKER_IN_PROCESS], ['sweepers', env.SWEEPERS_IN_PROCESS],
    ['insight-recompute', env.INSIGHT_RECOMPUTE_IN_PROCESS],
  ];
  return roles.filter(([, inProcess]) => inProcess).map(([role]) => role);
}

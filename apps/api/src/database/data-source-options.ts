import { auditEntities, auditMigrations } from '@chainmatch/audit';
import { authEntities, authMigrations, rateLimitMigrations } from '@chainmatch/auth';
import { chainEntities, chainMigrations } from '@chainmatch/chains';
import { Environment } from '@chainmatch/config';
import { AbortableClient, SnakeNamingStrategy } from '@chainmatch/database';
import { enterpriseEntities, enterpriseMigrations } from '@chainmatch/enterprises';
import { insightEntities, insightMigrations } from '@chainmatch/insight';
import { interestEntities, interestMigrations } from '@chainmatch/interest';
import { lexiconEntities, lexiconMigrations } from '@chainmatch/lexicon';
import { listingEntities, listingMigrations } from '@chainmatch/listings';
import { MATCH_REFRESH_TRIGGERS, matchingEntities, matchingMigrations } from '@chainmatch/matching';
import { regionEntities, regionMigrations } from '@chainmatch/regions';
import { SEARCH_TRIGGERS, searchMigrations } from '@chainmatch/search';
import { unitEntities, unitMigrations } from '@chainmatch/units';
import type { TriggerDeclaration } from '@chainmatch/database';
import type { DataSourceOptions } from 'typeorm';

/** Every entity and migration of the application; each lib owns its own. */
export const entities = [...regionEntities, ...chainEntities, ...unitEntities, ...enterpriseEntities, ...listingEntities, ...authEntities, ...auditEntities, ...matchingEntities, ...interestEntities, ...lexiconEntities, ...insightEntities];
export const migrations = [...regionMigrations, ...chainMigrations, ...enterpriseMigrations, ...listingMigrations, ...authMigrations, ...rateLimitMigrations, ...auditMigrations, ...matchingMigrations, ...searchMigrations, ...interestMigrations, ...unitMigrations, ...lexiconMigrations, ...insightMigrations];

/**
 * Every trigger on the application's tables, declared by the lib whose queue it feeds: what else a
 * write to listing or enterprise does. A test compares the database's triggers with this list.
 */
export const triggers: readonly TriggerDeclaration[] = [...SEARCH_TRIGGERS, ...MATCH_REFRESH_TRIGGERS];

/**
 * Connections give up after `connectTimeoutMs` (a database that is down or unreachable fails fast
 * instead of holding requests) and keep TCP keepalive on, so a peer that vanished is noticed. Their
 * client stops a request's statements when the request is aborted (AbortableClient, runAbortable).
 */
export function dataSourceOptions(url: string, connectTimeoutMs = new Environment().DATABASE_CONNECT_TIMEOUT_MS): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    connectTimeoutMS: connectTimeoutMs,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    // The schema changes only through the committed migrations above.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 10, application_name: 'chainmatch', keepAlive: true, Client: AbortableClient },
  };
}

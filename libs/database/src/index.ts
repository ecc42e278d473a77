export { createDatabaseIfMissing, startEmbeddedPostgres } from './embedded-postgres.js';
export type { EmbeddedPostgresOptions, RunningDatabase } from './embedded-postgres.js';
export { EmbeddedPostgresError } from './embedded-postgres.errors.js';
export { constraintOf, isDatabaseUnavailable, isPostgresError, PG_FOREIGN_KEY_VIOLATION, PG_UNIQUE_VIOLATION } from './postgres-errors.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';
export { LeasedQueue } from './leased-queue.js';
export type { ClaimedChange, QueueBacklog, QueueTable, RetryPolicy } from './leased-queue.js';
export { freePort } from './free-port.js';
export { deleteInBatches } from './delete-in-batches.js';

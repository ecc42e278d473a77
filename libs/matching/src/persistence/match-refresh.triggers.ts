import { enqueueSql, queueListingChanges, type QueueTable, type TriggerDeclaration, type TriggerFunction } from '@chainmatch/database';

/** Listings whose suggestions must be recomputed; drained by MatchRefreshWorker. */
export const MATCH_REFRESH_QUEUE: QueueTable = { table: 'match_refresh', sequence: 'match_refresh_seq' };

/**
 * Verification is a factor of every score the enterprise's listings take part in. Expanded inside the
 * verifying transaction, unlike search's fan-out after commit (search.triggers.ts): an enterprise's
 * listings are few, and one inserted meanwhile is queued by its own insert and scored with the
 * verification as committed, so none is missed.
 */
const enqueueEnterpriseListings: TriggerFunction = {
  name: 'match_refresh_enqueue_enterprise',
  body: `${enqueueSql(MATCH_REFRESH_QUEUE, 'SELECT id FROM listing WHERE enterprise_id = NEW.id')};\nRETURN NULL;`,
};

/** Every trigger of matching: any listing insert or update queues the listing for a refresh, in the writing transaction. */
export const MATCH_REFRESH_TRIGGERS: readonly TriggerDeclaration[] = [
  ...queueListingChanges('match_refresh', MATCH_REFRESH_QUEUE, ['INSERT', 'UPDATE']),
  {
    name: 'match_refresh_enterprise_verified', table: 'enterprise', event: 'UPDATE', columns: ['verified_at'], level: 'ROW',
    when: 'OLD.verified_at IS DISTINCT FROM NEW.verified_at', function: enqueueEnterpriseListings, feeds: MATCH_REFRESH_QUEUE.table,
  },
];

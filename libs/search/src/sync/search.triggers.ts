import { queueListingChanges, type QueueTable, type TriggerDeclaration, type TriggerFunction } from '@chainmatch/database';

/** Listings whose document must be written to (or deleted from) the engine; drained by SearchSyncWorker. */
export const SEARCH_OUTBOX: QueueTable = { table: 'search_outbox', sequence: 'search_outbox_seq' };

/** A fan-out already waiting goes to the back of the queue instead of being queued twice. */
const FANOUT_REQUEUED = `ON CONFLICT (scope, key) DO UPDATE SET seq = nextval('${SEARCH_OUTBOX.sequence}'), changed_at = now()`;

/** TRUNCATE fires no row triggers: every queued change is about a listing now gone, and the index is rebuilt. */
const requestRebuild: TriggerFunction = {
  name: 'search_request_rebuild',
  body: `DELETE FROM search_outbox;
DELETE FROM search_fanout;
INSERT INTO search_rebuild_request (reason) VALUES (TG_TABLE_NAME || ' truncated');
RETURN NULL;`,
};

/**
 * A rename or a verification concerns every listing of the enterprise, segment or chain: one cheap
 * row now, expanded into listing changes by the worker after commit (SearchOutboxRepository.fanOut),
 * so a listing inserted meanwhile is included and the write holds no lock for it.
 */
const enqueueFanout: TriggerFunction = {
  name: 'search_enqueue_fanout',
  body: `INSERT INTO search_fanout (scope, key) VALUES (TG_ARGV[0], NEW.id::text)
  ${FANOUT_REQUEUED};
RETURN NULL;`,
};

const RENAMED = 'OLD.name_zh IS DISTINCT FROM NEW.name_zh OR OLD.name_en IS DISTINCT FROM NEW.name_en';

const renamed = (table: 'segment' | 'chain'): TriggerDeclaration => ({
  name: `search_${table}_renamed`, table, event: 'UPDATE', columns: ['name_zh', 'name_en'], level: 'ROW', when: RENAMED,
  function: enqueueFanout, args: [table], feeds: 'search_fanout',
});

/**
 * A staff edit of the lexicon (libs/lexicon) changes how the listings using its terms are analysed:
 * each affected term becomes a `text` fan-out, expanded by the worker into the listings whose text
 * contains it.
 */
const enqueueLexiconEdit: TriggerFunction = {
  name: 'search_enqueue_lexicon_edit',
  body: `INSERT INTO search_fanout (scope, key) SELECT DISTINCT 'text', lower(term) FROM unnest(NEW.affected_terms) AS term ORDER BY 2
  ${FANOUT_REQUEUED};
RETURN NULL;`,
};

/** Search's triggers on the lexicon's edits (applied after lexicon_edit exists: DeclaredLexiconTriggers). */
export const SEARCH_LEXICON_TRIGGERS: readonly TriggerDeclaration[] = [
  { name: 'search_lexicon_edited', table: 'lexicon_edit', event: 'INSERT', level: 'ROW', function: enqueueLexiconEdit, feeds: 'search_fanout' },
];

/**
 * Search's triggers on listings and the names documents carry (applied by DeclaredSearchTriggers):
 * whatever writes a listing (a service, the expiry sweeper, the demo loader, plain SQL) queues it for the index in the writing transaction; documents also carry the
 * enterprise's names and verification and the segment's and chain's names.
 */
export const SEARCH_LISTING_TRIGGERS: readonly TriggerDeclaration[] = [
  ...queueListingChanges('search', SEARCH_OUTBOX, ['INSERT', 'UPDATE', 'DELETE']),
  { name: 'search_listing_truncated', table: 'listing', event: 'TRUNCATE', level: 'STATEMENT', function: requestRebuild, feeds: 'search_rebuild_request' },
  {
    name: 'search_enterprise_changed', table: 'enterprise', event: 'UPDATE', columns: ['name_zh', 'name_en', 'verified_at'], level: 'ROW',
    when: `${RENAMED} OR (OLD.verified_at IS NULL) <> (NEW.verified_at IS NULL)`, function: enqueueFanout, args: ['enterprise'], feeds: 'search_fanout',
  },
  renamed('segment'),
  renamed('chain'),
];

/** Every trigger of search. */
export const SEARCH_TRIGGERS: readonly TriggerDeclaration[] = [...SEARCH_LISTING_TRIGGERS, ...SEARCH_LEXICON_TRIGGERS];

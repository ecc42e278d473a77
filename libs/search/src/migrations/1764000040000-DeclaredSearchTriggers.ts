import { triggersMigration } from '@chainmatch/database';
import { SEARCH_LISTING_TRIGGERS } from '../sync/search.triggers.js';

/**
 * Search's triggers as declared in search.triggers.ts (until now written into CreateSearch and
 * replaced in SearchFanout). Databases made before keep their triggers' names; the definitions are
 * replaced, and statement triggers now name their rows `changed_rows` whatever the event. The lexicon's
 * trigger comes later, with its table (DeclaredLexiconTriggers).
 */
export class DeclaredSearchTriggers1764000040000 extends triggersMigration('DeclaredSearchTriggers1764000040000', SEARCH_LISTING_TRIGGERS) {}

import { triggersMigration } from '@chainmatch/database';
import { MATCH_REFRESH_TRIGGERS } from '../persistence/match-refresh.triggers.js';

/**
 * Matching's triggers as declared in match-refresh.triggers.ts (until now written into CreateMatches).
 * Databases made before keep their triggers' names; the definitions are replaced.
 */
export class DeclaredMatchRefreshTriggers1764000040100 extends triggersMigration('DeclaredMatchRefreshTriggers1764000040100', MATCH_REFRESH_TRIGGERS) {}

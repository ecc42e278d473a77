import { MatchEntity, MatchEventEntity, MatchRefreshEntity } from './match.entity.js';
import { CreateMatches1764000011000 } from './migrations/1764000011000-CreateMatches.js';

export { assertTransition, NEXT_STATUSES, UNCURATED } from './curation/match-lifecycle.js';
export { MatchEntity, MatchEventEntity, MatchRefreshEntity, MatchStatus } from './match.entity.js';
export { Match, MatchFactor, MatchTimelineEntry } from './match.types.js';
export { MatchingModule } from './matching.module.js';
export { FACTOR_NAMES } from './suggestions/factor.js';
export type { FactorName, FactorRow } from './suggestions/factor.js';

export const matchingEntities = [MatchEntity, MatchEventEntity, MatchRefreshEntity];
export const matchingMigrations = [CreateMatches1764000011000];

import { MatchEntity, MatchEventEntity } from './match.entity.js';
import { CreateMatches1764000011000 } from './migrations/1764000011000-CreateMatches.js';
import { DeclaredMatchRefreshTriggers1764000040100 } from './migrations/1764000040100-DeclaredMatchRefreshTriggers.js';
import { ExplanationViewpoints1764000060300 } from './migrations/1764000060300-ExplanationViewpoints.js';

export { assertTransition, NEXT_STATUSES, UNCURATED } from './curation/match-lifecycle.js';
export { isMatchParty, matchCoverageColumns, matchCoverageTarget } from './curation/match-access.js';
export { CurationSort, MatchDismissReason, MatchOutcome } from './curation/curation.inputs.js';
export { CurationService } from './curation/curation.service.js';
export { MatchErrorReason } from './match.errors.js';
export { MatchConnection } from './curation/curation.types.js';
export { MatchEntity, MatchEventEntity, MatchStatus } from './match.entity.js';
export { Match, MatchFactor, MatchTimelineEntry, MatchViewpoint } from './match.types.js';
export { MatchingModule } from './matching.module.js';
export { MATCH_REFRESH_LEASE_MS, MatchRefreshWorker } from './persistence/match-refresh.worker.js';
export { MatchRefresher } from './persistence/match-refresher.js';
export { MATCH_REFRESH_QUEUE, MATCH_REFRESH_TRIGGERS } from './persistence/match-refresh.triggers.js';
export { RESPONSIVENESS_SOURCE } from './suggestions/responsiveness.port.js';
export type { ResponsivenessSource } from './suggestions/responsiveness.port.js';
export { SuggestionService } from './suggestions/suggestion.service.js';
export type { Suggestion } from './suggestions/suggestion.service.js';
export { FACTOR_NAMES } from './suggestions/factor.js';
export type { FactorName, FactorRow } from './suggestions/factor.js';
export type { Viewpoint } from './suggestions/viewpoint.js';

export const matchingEntities = [MatchEntity, MatchEventEntity];
export const matchingMigrations = [CreateMatches1764000011000, DeclaredMatchRefreshTriggers1764000040100, ExplanationViewpoints1764000060300];

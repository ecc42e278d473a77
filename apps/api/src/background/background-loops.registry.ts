import { AUDIT_LOG_RETENTION } from '@chainmatch/audit';
import { ENDED_SESSION_RETENTION, RateLimitModule, RateLimiter } from '@chainmatch/auth';
import { RetentionModule, RetentionSweeper } from '@chainmatch/database';
import { InsightModule, InsightRecomputeSchedule, insightScheduleCheckMs } from '@chainmatch/insight';
import { InterestExpirySweeper, InterestModule } from '@chainmatch/interest';
import { ListingExpirySweeper, ListingsModule } from '@chainmatch/listings';
import { MATCH_REFRESH_LEASE_MS, MatchingModule, MatchRefreshWorker } from '@chainmatch/matching';
import { SearchCoreModule, SearchSyncRunner } from '@chainmatch/search';
import { loop } from './background-loop.js';

/**
 * Every background loop of ChainMatch, one entry each: what runs it (role), its task and pass, its
 * interval and lease. A process starts the loops of its roles (BackgroundModule); readiness reports
 * their health. To add a loop, give a provider a method doing one bounded pass and add a line here.
 */
export const BACKGROUND_LOOPS = [
  loop({ name: 'search-sync', role: 'search-sync', module: SearchCoreModule, task: SearchSyncRunner, pass: (runner) => runner.runOnce(),
    everyMs: (c) => c.get('SEARCH_SYNC_INTERVAL_MS'), leaseMs: (c) => c.get('SEARCH_SYNC_LEASE_MS') }),
  loop({ name: 'match-refresh', role: 'match-refresh', module: MatchingModule, task: MatchRefreshWorker,
    pass: async (worker) => (await worker.drainOnce()) > 0, everyMs: (c) => c.get('MATCH_WORKER_INTERVAL_MS'), leaseMs: () => MATCH_REFRESH_LEASE_MS }),
  loop({ name: 'listing-expiry', role: 'sweepers', module: ListingsModule, task: ListingExpirySweeper, pass: (sweeper) => sweeper.sweep(),
    everyMs: (c) => c.get('LISTING_EXPIRY_SWEEP_MS') }),
  loop({ name: 'interest-expiry', role: 'sweepers', module: InterestModule, task: InterestExpirySweeper, pass: (sweeper) => sweeper.sweep(),
    everyMs: (c) => c.get('INTEREST_SWEEP_MS') }),
  loop({ name: 'rate-limit-purge', role: 'sweepers', module: RateLimitModule, task: RateLimiter, pass: (limiter) => limiter.purgeExpired(),
    everyMs: (c) => c.get('RETENTION_SWEEP_MS') }),
  loop({ name: 'audit-retention', role: 'sweepers', module: RetentionModule, task: RetentionSweeper,
    pass: (sweeper) => sweeper.sweep(AUDIT_LOG_RETENTION), everyMs: (c) => c.get('RETENTION_SWEEP_MS') }),
  loop({ name: 'session-retention', role: 'sweepers', module: RetentionModule, task: RetentionSweeper,
    pass: (sweeper) => sweeper.sweep(ENDED_SESSION_RETENTION), everyMs: (c) => c.get('RETENTION_SWEEP_MS') }),
  // One recomputation at a time across processes: InsightRecomputeService holds an advisory lock while it runs.
  loop({ name: 'insight-recompute', role: 'insight-recompute', module: InsightModule, task: InsightRecomputeSchedule,
    pass: async (schedule) => void (await schedule.tick()), everyMs: insightScheduleCheckMs }),
];

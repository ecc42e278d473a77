import { CreateRateLimitCounter1764000007000 } from './migrations/1764000007000-CreateRateLimitCounter.js';

/** The counters are plain SQL, with no entity: only the migration is listed in the app. */
export const rateLimitMigrations = [CreateRateLimitCounter1764000007000];

import { CreateRateLimitCounter1764000007000 } from './migrations/1764000007000-CreateRateLimitCounter.js';
import { HashRateLimitKeys1764000030000 } from './migrations/1764000030000-HashRateLimitKeys.js';

/** The counters are plain SQL, with no entity: only the migrations are listed in the app. */
export const rateLimitMigrations = [CreateRateLimitCounter1764000007000, HashRateLimitKeys1764000030000];

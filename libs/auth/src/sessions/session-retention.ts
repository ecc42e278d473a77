import type { RetentionPolicy } from '@chainmatch/database';

/**
 * Sessions that ended (expired, or revoked) more than SESSION_RETENTION_DAYS ago are deleted (by
 * the session-retention loop): neither their refresh token nor their access tokens can be used any
 * more, and a token naming a deleted session is refused like a revoked one.
 */
export const ENDED_SESSION_RETENTION: RetentionPolicy = {
  what: 'ended sessions',
  deleteBatchSql: `DELETE FROM auth_session WHERE id IN (SELECT id FROM auth_session
    WHERE least(coalesce(revoked_at, 'infinity'), expires_at) < now() - make_interval(days => $2) LIMIT $1)`,
  keepDays: 'SESSION_RETENTION_DAYS',
};

/**
 * The one place libs/insight decides whether a listing is live, on the database clock (now() is the
 * computing transaction's start, so one snapshot sees one moment). Mirrors the listings' own rule
 * (ACTIVE and inside its window); when the shared liveness rule gets its home in libs/auth, this
 * file is the one to switch.
 */
export const isLiveListing = (alias: string) => `(${alias}.status = 'ACTIVE' AND ${alias}.valid_until > now())`;

/**
 * Whether the listing was live `days` (a bind parameter such as `$2`) before now, as far as its
 * columns tell: published by then, its window open then, not closed by then. Pauses are not
 * recorded, so a listing paused at that time counts as live.
 */
export const wasLiveDaysAgo = (alias: string, days: string) => {
  const then = `now() - make_interval(days => ${days})`;
  return `(${alias}.published_at <= ${then} AND ${alias}.valid_until > ${then} AND (${alias}.closed_at IS NULL OR ${alias}.closed_at > ${then}))`;
};

import { ConflictError } from '@chainmatch/core';
import { ListingStatus, type ListingEntity } from './listing.entity.js';
import { ListingErrorReason } from './listing.errors.js';

/**
 * DRAFT → ACTIVE ⇄ PAUSED → CLOSED, and EXPIRED once the validity window ends.
 * CLOSED is final. Renewing an expired listing makes it ACTIVE again.
 */
export enum ListingAction {
  UPDATE = 'UPDATE',
  PUBLISH = 'PUBLISH',
  PAUSE = 'PAUSE',
  CLOSE = 'CLOSE',
  RENEW = 'RENEW',
}

const { DRAFT, ACTIVE, PAUSED, CLOSED, EXPIRED } = ListingStatus;

const ALLOWED_FROM: Record<ListingAction, ListingStatus[]> = {
  [ListingAction.UPDATE]: [DRAFT, ACTIVE, PAUSED, EXPIRED],
  [ListingAction.PUBLISH]: [DRAFT, PAUSED],
  [ListingAction.PAUSE]: [ACTIVE],
  [ListingAction.CLOSE]: [DRAFT, ACTIVE, PAUSED, EXPIRED],
  [ListingAction.RENEW]: [DRAFT, ACTIVE, PAUSED, EXPIRED],
};

/** The actions `status` allows, in the order of the enum. */
export const actionsAllowedFrom = (status: ListingStatus): ListingAction[] =>
  Object.values(ListingAction).filter((action) => ALLOWED_FROM[action].includes(status));

/**
 * The status a reader sees: an ACTIVE or PAUSED listing past its window is EXPIRED even before the
 * sweeper stores it. `now` is the database's clock, as in the SQL below, so every process agrees.
 */
export function effectiveStatus(stored: ListingStatus, validUntil: Date, now: Date): ListingStatus {
  return (stored === ACTIVE || stored === PAUSED) && validUntil <= now ? EXPIRED : stored;
}

/** The listing's status as of when it was read (its `readAt`, the database's clock). */
export const statusAsRead = (listing: Pick<ListingEntity, 'status' | 'validUntil' | 'readAt'>) =>
  effectiveStatus(listing.status, listing.validUntil, listing.readAt);

/** Live: ACTIVE and inside its validity window, so searchable, matchable and public. */
export const isLive = (listing: Pick<ListingEntity, 'status' | 'validUntil' | 'readAt'>) => statusAsRead(listing) === ACTIVE;

/** SQL: the listing under `alias` reads as `status` now (effectiveStatus in SQL; index-friendly per status). */
export function listingStatusSql(alias: string, status: ListingStatus): string {
  const windowOpen = `${alias}.valid_until > now()`;
  switch (status) {
    case ACTIVE:
    case PAUSED:
      return `(${alias}.status = '${status}' AND ${windowOpen})`;
    case EXPIRED:
      return `(${alias}.status = 'EXPIRED' OR (${alias}.status IN ('ACTIVE', 'PAUSED') AND NOT ${windowOpen}))`;
    default:
      return `(${alias}.status = '${status}')`;
  }
}

/** SQL: the listing under `alias` is live (see isLive). */
export const listingLiveSql = (alias: string) => listingStatusSql(alias, ACTIVE);

/**
 * SQL: the listing under `alias` was live at `at` (an SQL expression before now()), as far as its
 * columns tell: published by then, its window open then, not closed by then. Pauses leave no trace,
 * so a listing paused at that moment counts as live.
 */
export const listingWasLiveSql = (alias: string, at: string) =>
  `(${alias}.published_at <= ${at} AND ${alias}.valid_until > ${at} AND (${alias}.closed_at IS NULL OR ${alias}.closed_at > ${at}))`;

/** The status after `action`, or a CONFLICT naming why the listing's status does not allow it. */
export function statusAfter(action: ListingAction, current: ListingStatus): ListingStatus {
  if (!ALLOWED_FROM[action].includes(current)) {
    const reason = current === CLOSED ? ListingErrorReason.LISTING_CLOSED
      : current === EXPIRED ? ListingErrorReason.LISTING_EXPIRED : ListingErrorReason.ILLEGAL_TRANSITION;
    throw new ConflictError(`cannot ${action.toLowerCase()} a listing that is ${current}`, reason, { status: current, action });
  }
  switch (action) {
    case ListingAction.PUBLISH:
      return ACTIVE;
    case ListingAction.PAUSE:
      return PAUSED;
    case ListingAction.CLOSE:
      return CLOSED;
    case ListingAction.RENEW:
      return current === EXPIRED ? ACTIVE : current;
    case ListingAction.UPDATE:
      return current;
  }
}

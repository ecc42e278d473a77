import { ConflictError } from '@chainmatch/core';
import { ListingStatus } from './listing.entity.js';

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

/** The status a reader sees: a live listing past its window is EXPIRED even before the sweeper stores it. */
export function effectiveStatus(stored: ListingStatus, validUntil: Date, now: Date): ListingStatus {
  return (stored === ACTIVE || stored === PAUSED) && validUntil <= now ? EXPIRED : stored;
}

/** The status after `action`, or a CONFLICT naming why the listing's status does not allow it. */
export function statusAfter(action: ListingAction, current: ListingStatus): ListingStatus {
  if (!ALLOWED_FROM[action].includes(current)) {
    const reason = current === CLOSED ? 'LISTING_CLOSED' : current === EXPIRED ? 'LISTING_EXPIRED' : 'ILLEGAL_TRANSITION';
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

import { ConflictError } from '@chainmatch/core';
import { InterestStatus } from './interest.entity.js';
import { InterestErrorReason } from './interest.errors.js';

const { PENDING, ACCEPTED, DECLINED, EXPIRED, WITHDRAWN } = InterestStatus;

/** The answers and the sender's withdrawal: each moves a PENDING interest to a final status. */
export enum InterestAction {
  ACCEPT = 'ACCEPT',
  DECLINE = 'DECLINE',
  WITHDRAW = 'WITHDRAW',
}

const RESULT: Record<InterestAction, InterestStatus> = {
  [InterestAction.ACCEPT]: ACCEPTED,
  [InterestAction.DECLINE]: DECLINED,
  [InterestAction.WITHDRAW]: WITHDRAWN,
};

/** The status a reader sees: PENDING past its expiry is EXPIRED even before the sweeper stores it. */
export function effectiveInterestStatus(stored: InterestStatus, expiresAt: Date, now: Date): InterestStatus {
  return stored === PENDING && expiresAt <= now ? EXPIRED : stored;
}

/** The status after `action`; a CONFLICT naming why when the interest is no longer PENDING. */
export function interestStatusAfter(action: InterestAction, current: InterestStatus): InterestStatus {
  if (current !== PENDING) {
    const reason = current === EXPIRED ? InterestErrorReason.INTEREST_EXPIRED : InterestErrorReason.INTEREST_ALREADY_SETTLED;
    throw new ConflictError(`cannot ${action.toLowerCase()} interest that is ${current}`, reason, { status: current, action });
  }
  return RESULT[action];
}

import { MatchStatus } from '../match.entity.js';
import { illegalMatchTransition } from '../match.errors.js';

const {
  SUGGESTED, SHORTLISTED, INTRODUCED, MEETING_HELD, SAMPLE_SENT, ORDER_PLACED, NO_DEAL, DISMISSED, RETIRED,
} = MatchStatus;

/**
 * SUGGESTED → SHORTLISTED → INTRODUCED → (MEETING_HELD → SAMPLE_SENT →) ORDER_PLACED | NO_DEAL,
 * or DISMISSED (with a reason) before the introduction. Outcomes may skip steps (an order can follow
 * the introduction directly) but never go back. ORDER_PLACED, NO_DEAL, DISMISSED, RETIRED are final.
 */
export const NEXT_STATUSES: Record<MatchStatus, MatchStatus[]> = {
  [SUGGESTED]: [SHORTLISTED, DISMISSED, RETIRED],
  [SHORTLISTED]: [INTRODUCED, DISMISSED, RETIRED],
  [INTRODUCED]: [MEETING_HELD, SAMPLE_SENT, ORDER_PLACED, NO_DEAL],
  [MEETING_HELD]: [SAMPLE_SENT, ORDER_PLACED, NO_DEAL],
  [SAMPLE_SENT]: [ORDER_PLACED, NO_DEAL],
  [ORDER_PLACED]: [],
  [NO_DEAL]: [],
  [DISMISSED]: [],
  [RETIRED]: [],
};

/** Statuses a refresh may still retire or rescore: nobody has acted on them beyond shortlisting. */
export const UNCURATED: MatchStatus[] = [SUGGESTED, SHORTLISTED];

export function assertTransition(from: MatchStatus, to: MatchStatus): void {
  if (!NEXT_STATUSES[from].includes(to)) throw illegalMatchTransition(from, to, NEXT_STATUSES[from]);
}

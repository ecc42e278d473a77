import { MatchStatus, type MatchEntity } from '../match.entity.js';
import { blankNote, outcomeDetailNotAllowed, outcomeDetailRequired } from '../match.errors.js';
import { MatchOutcome, type RecordMatchOutcomeArgs } from './curation.inputs.js';

export type OutcomeChange = Pick<MatchEntity, 'status' | 'orderAmountCny' | 'noDealReason'>;

/**
 * The match columns an outcome sets. The amount belongs to ORDER_PLACED and the reason to NO_DEAL
 * only: accepting them elsewhere would store figures nobody can later tell apart from real ones.
 */
export function outcomeChange(args: Pick<RecordMatchOutcomeArgs, 'outcome' | 'orderAmountCny' | 'noDealReason'>): OutcomeChange {
  const { outcome } = args;
  const amount = args.orderAmountCny ?? null;
  const reason = normalizeNote(args.noDealReason);
  if (outcome === MatchOutcome.ORDER_PLACED && amount === null) throw outcomeDetailRequired('orderAmountCny', outcome);
  if (outcome !== MatchOutcome.ORDER_PLACED && amount !== null) throw outcomeDetailNotAllowed('orderAmountCny', outcome);
  if (outcome === MatchOutcome.NO_DEAL && reason === null) throw outcomeDetailRequired('noDealReason', outcome);
  if (outcome !== MatchOutcome.NO_DEAL && args.noDealReason != null) throw outcomeDetailNotAllowed('noDealReason', outcome);
  return { status: MatchStatus[outcome], orderAmountCny: amount, noDealReason: reason };
}

/** A note as stored: trimmed, and none rather than an empty one. */
export function normalizeNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim();
  return trimmed ? trimmed : null;
}

/** An introduction must say how the parties were introduced. */
export function requiredNote(note: string, field = 'note'): string {
  const normalized = normalizeNote(note);
  if (normalized === null) throw blankNote(field);
  return normalized;
}

import { BadUserInputError, ConflictError, errorReasons, NotFoundError, staleVersion } from '@chainmatch/core';

/** `extensions.reason` of the refusals about matches: their curation and suggestions. */
export const MatchErrorReason = errorReasons('MatchErrorReason', 'Values of `extensions.reason` of refusals about matches and suggestions.', {
  ILLEGAL_MATCH_TRANSITION: 'CONFLICT: the match\'s status does not allow this step (`status`, `requested`, `allowed`).',
  OUTCOME_DETAIL_REQUIRED: 'BAD_USER_INPUT: ORDER_PLACED needs the amount, NO_DEAL the reason.',
  OUTCOME_DETAIL_NOT_ALLOWED: 'BAD_USER_INPUT: the amount or reason does not belong to this outcome.',
  NOTE_REQUIRED: 'BAD_USER_INPUT: an introduction must say how the parties were introduced.',
  INVERTED_RANGE: 'BAD_USER_INPUT: a filter\'s lower bound is above its upper bound.',
  NOT_YOUR_LISTING: 'FORBIDDEN: suggestions are for the listing\'s enterprise, staff covering it and admins.',
});
export type MatchErrorReason = (typeof MatchErrorReason)[keyof typeof MatchErrorReason];

export const matchNotFound = (id: string) => new NotFoundError('Match', id);

export const staleMatchVersion = (expectedVersion: number, currentVersion: number) => staleVersion('match', expectedVersion, currentVersion);

export const illegalMatchTransition = (from: string, to: string, allowed: readonly string[]) =>
  new ConflictError(`a ${from} match cannot become ${to}`, MatchErrorReason.ILLEGAL_MATCH_TRANSITION, { status: from, requested: to, allowed });

export const outcomeDetailRequired = (field: string, outcome: string) =>
  BadUserInputError.of(field, `is required when the outcome is ${outcome}`, MatchErrorReason.OUTCOME_DETAIL_REQUIRED);

export const outcomeDetailNotAllowed = (field: string, outcome: string) =>
  BadUserInputError.of(field, `does not apply to the outcome ${outcome}`, MatchErrorReason.OUTCOME_DETAIL_NOT_ALLOWED);

export const blankNote = (field: string) => BadUserInputError.of(field, 'must not be blank', MatchErrorReason.NOTE_REQUIRED);

export const invertedRange = (field: string, message: string) => BadUserInputError.of(field, message, MatchErrorReason.INVERTED_RANGE);

import { BadUserInputError, ConflictError, NotFoundError, staleVersion } from '@chainmatch/core';
import { registerEnumType } from '@nestjs/graphql';

/** `extensions.reason` of the refusals about matches: their curation and suggestions. */
export enum MatchErrorReason {
  ILLEGAL_MATCH_TRANSITION = 'ILLEGAL_MATCH_TRANSITION',
  OUTCOME_DETAIL_REQUIRED = 'OUTCOME_DETAIL_REQUIRED',
  OUTCOME_DETAIL_NOT_ALLOWED = 'OUTCOME_DETAIL_NOT_ALLOWED',
  NOTE_REQUIRED = 'NOTE_REQUIRED',
  INVERTED_RANGE = 'INVERTED_RANGE',
  NOT_YOUR_LISTING = 'NOT_YOUR_LISTING',
}

registerEnumType(MatchErrorReason, {
  name: 'MatchErrorReason',
  description: 'Values of `extensions.reason` of refusals about matches and suggestions.',
  valuesMap: {
    ILLEGAL_MATCH_TRANSITION: { description: 'CONFLICT: the match\'s status does not allow this step (`status`, `requested`, `allowed`).' },
    OUTCOME_DETAIL_REQUIRED: { description: 'BAD_USER_INPUT: ORDER_PLACED needs the amount, NO_DEAL the reason.' },
    OUTCOME_DETAIL_NOT_ALLOWED: { description: 'BAD_USER_INPUT: the amount or reason does not belong to this outcome.' },
    NOTE_REQUIRED: { description: 'BAD_USER_INPUT: an introduction must say how the parties were introduced.' },
    INVERTED_RANGE: { description: 'BAD_USER_INPUT: a filter\'s lower bound is above its upper bound.' },
    NOT_YOUR_LISTING: { description: 'FORBIDDEN: suggestions are for the listing\'s enterprise, staff covering it and admins.' },
  },
});

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

import { BadUserInputError, ConflictError, NotFoundError } from '@chainmatch/core';

export const matchNotFound = (id: string) => new NotFoundError('Match', id);

export const staleMatchVersion = (expectedVersion: number, currentVersion: number) =>
  new ConflictError(
    `the match changed since version ${expectedVersion} (now ${currentVersion}); reload it and retry`,
    'STALE_VERSION',
    { expectedVersion, currentVersion },
  );

export const outcomeDetailRequired = (field: string, outcome: string) =>
  BadUserInputError.of(field, `is required when the outcome is ${outcome}`, 'OUTCOME_DETAIL_REQUIRED');

export const outcomeDetailNotAllowed = (field: string, outcome: string) =>
  BadUserInputError.of(field, `does not apply to the outcome ${outcome}`, 'OUTCOME_DETAIL_NOT_ALLOWED');

export const blankNote = (field: string) => BadUserInputError.of(field, 'must not be blank', 'NOTE_REQUIRED');

export const invertedRange = (field: string, message: string) => BadUserInputError.of(field, message, 'INVERTED_RANGE');

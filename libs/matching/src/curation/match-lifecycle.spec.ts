import { ErrorCode } from '@chainmatch/core';
import { MatchStatus } from '../match.entity.js';
import { assertTransition, NEXT_STATUSES } from './match-lifecycle.js';

const S = MatchStatus;

describe('match lifecycle', () => {
  it.each([
    [S.SUGGESTED, S.SHORTLISTED], [S.SHORTLISTED, S.INTRODUCED], [S.INTRODUCED, S.ORDER_PLACED],
    [S.INTRODUCED, S.MEETING_HELD], [S.MEETING_HELD, S.SAMPLE_SENT], [S.SAMPLE_SENT, S.NO_DEAL], [S.SUGGESTED, S.DISMISSED],
  ])('allows %s → %s', (from, to) => {
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each([
    [S.SUGGESTED, S.INTRODUCED], [S.INTRODUCED, S.DISMISSED], [S.ORDER_PLACED, S.NO_DEAL],
    [S.SAMPLE_SENT, S.MEETING_HELD], [S.DISMISSED, S.SHORTLISTED], [S.RETIRED, S.SHORTLISTED],
  ])('refuses %s → %s with CONFLICT ILLEGAL_MATCH_TRANSITION', (from, to) => {
    expect(() => assertTransition(from, to)).toThrow(expect.objectContaining({
      code: ErrorCode.CONFLICT, details: expect.objectContaining({ reason: 'ILLEGAL_MATCH_TRANSITION', status: from, requested: to }),
    }));
  });

  it('has final states with no way out', () => {
    expect([S.ORDER_PLACED, S.NO_DEAL, S.DISMISSED, S.RETIRED].map((s) => NEXT_STATUSES[s])).toEqual([[], [], [], []]);
  });
});

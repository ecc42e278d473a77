import { ErrorCode } from '@chainmatch/core';
import { MatchStatus } from '../match.entity.js';
import { MatchOutcome } from './curation.inputs.js';
import { normalizeNote, outcomeChange, requiredNote } from './match-outcome.js';

const refusal = (field: string, reason: string) => expect.objectContaining({
  code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ reason, violations: [expect.objectContaining({ field })] }),
});

describe('outcomeChange', () => {
  it('stores the amount of an order and the reason of no deal', () => {
    expect(outcomeChange({ outcome: MatchOutcome.ORDER_PLACED, orderAmountCny: 125_000 }))
      .toEqual({ status: MatchStatus.ORDER_PLACED, orderAmountCny: 125_000, noDealReason: null });
    expect(outcomeChange({ outcome: MatchOutcome.NO_DEAL, noDealReason: '  价格差距过大 ' }))
      .toEqual({ status: MatchStatus.NO_DEAL, orderAmountCny: null, noDealReason: '价格差距过大' });
  });

  it.each([MatchOutcome.MEETING_HELD, MatchOutcome.SAMPLE_SENT])('records %s with neither detail', (outcome) => {
    expect(outcomeChange({ outcome })).toEqual({ status: MatchStatus[outcome], orderAmountCny: null, noDealReason: null });
  });

  it('requires the amount of an order and the reason of no deal', () => {
    expect(() => outcomeChange({ outcome: MatchOutcome.ORDER_PLACED })).toThrow(refusal('orderAmountCny', 'OUTCOME_DETAIL_REQUIRED'));
    expect(() => outcomeChange({ outcome: MatchOutcome.NO_DEAL, noDealReason: '   ' })).toThrow(refusal('noDealReason', 'OUTCOME_DETAIL_REQUIRED'));
  });

  it('refuses details that belong to another outcome', () => {
    expect(() => outcomeChange({ outcome: MatchOutcome.MEETING_HELD, orderAmountCny: 10 })).toThrow(refusal('orderAmountCny', 'OUTCOME_DETAIL_NOT_ALLOWED'));
    expect(() => outcomeChange({ outcome: MatchOutcome.NO_DEAL, noDealReason: '无', orderAmountCny: 10 }))
      .toThrow(refusal('orderAmountCny', 'OUTCOME_DETAIL_NOT_ALLOWED'));
    expect(() => outcomeChange({ outcome: MatchOutcome.ORDER_PLACED, orderAmountCny: 10, noDealReason: '无' }))
      .toThrow(refusal('noDealReason', 'OUTCOME_DETAIL_NOT_ALLOWED'));
  });
});

describe('notes', () => {
  it('are trimmed, and blank ones are none', () => {
    expect(normalizeNote('  电话沟通  ')).toBe('电话沟通');
    expect(normalizeNote(' ')).toBeNull();
    expect(normalizeNote(undefined)).toBeNull();
  });

  it('refuse a blank required note', () => {
    expect(() => requiredNote('  ')).toThrow(refusal('note', 'NOTE_REQUIRED'));
  });
});

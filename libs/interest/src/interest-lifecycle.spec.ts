import { ErrorCode } from '@chainmatch/core';
import { InterestStatus } from './interest.entity.js';
import { effectiveInterestStatus, InterestAction, interestStatusAfter } from './interest-lifecycle.js';

const NOW = new Date('2026-03-01T08:00:00Z');
const BEFORE = new Date('2026-03-01T07:59:59Z');
const AFTER = new Date('2026-03-01T08:00:01Z');

describe('effectiveInterestStatus', () => {
  it('reads PENDING past its expiry as EXPIRED, from the very moment it expires', () => {
    expect(effectiveInterestStatus(InterestStatus.PENDING, AFTER, NOW)).toBe(InterestStatus.PENDING);
    expect(effectiveInterestStatus(InterestStatus.PENDING, NOW, NOW)).toBe(InterestStatus.EXPIRED);
    expect(effectiveInterestStatus(InterestStatus.PENDING, BEFORE, NOW)).toBe(InterestStatus.EXPIRED);
  });

  it.each([InterestStatus.ACCEPTED, InterestStatus.DECLINED, InterestStatus.WITHDRAWN])('keeps a settled %s as it is', (status) => {
    expect(effectiveInterestStatus(status, BEFORE, NOW)).toBe(status);
  });
});

describe('interestStatusAfter', () => {
  it.each([
    [InterestAction.ACCEPT, InterestStatus.ACCEPTED],
    [InterestAction.DECLINE, InterestStatus.DECLINED],
    [InterestAction.WITHDRAW, InterestStatus.WITHDRAWN],
  ])('%s moves PENDING to %s', (action, status) => {
    expect(interestStatusAfter(action, InterestStatus.PENDING)).toBe(status);
  });

  it('refuses an expired interest with INTEREST_EXPIRED', () => {
    expect(() => interestStatusAfter(InterestAction.ACCEPT, InterestStatus.EXPIRED)).toThrow(
      expect.objectContaining({ code: ErrorCode.CONFLICT, details: expect.objectContaining({ reason: 'INTEREST_EXPIRED' }) }),
    );
  });

  it.each([InterestStatus.ACCEPTED, InterestStatus.DECLINED, InterestStatus.WITHDRAWN])('refuses a second answer to %s', (status) => {
    expect(() => interestStatusAfter(InterestAction.DECLINE, status)).toThrow(
      expect.objectContaining({ code: ErrorCode.CONFLICT, details: expect.objectContaining({ reason: 'INTEREST_ALREADY_SETTLED', status }) }),
    );
  });
});

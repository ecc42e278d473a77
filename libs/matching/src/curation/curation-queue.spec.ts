import { ErrorCode } from '@chainmatch/core';
import { MatchStatus, type MatchEntity } from '../match.entity.js';
import { checkQueueFilter, queueOrder, queueStatuses } from './curation-queue.js';
import { CurationSort } from './curation.inputs.js';

const match = { id: '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11', score: 0.75, createdAt: new Date('2026-03-01T08:00:00Z') } as MatchEntity;

describe('curation queue order', () => {
  it('sorts by score, highest first, by default, with numeric cursors', () => {
    const order = queueOrder();
    expect(order).toMatchObject({ sortColumn: 'match.score', idColumn: 'match.id', direction: 'DESC', sortKind: 'number' });
    expect([order.sortValueOf(match), order.idOf(match)]).toEqual([0.75, match.id]);
  });

  it.each([[CurationSort.NEWEST, 'DESC'], [CurationSort.OLDEST, 'ASC']])('sorts %s by creation time %s', (sort, direction) => {
    const order = queueOrder(sort);
    expect(order).toMatchObject({ sortColumn: 'match.createdAt', direction });
    expect(order.sortKind).toBeUndefined();
    expect(order.sortValueOf(match)).toEqual(match.createdAt);
  });
});

describe('curation queue filter', () => {
  it('shows what is still to curate unless statuses are given', () => {
    expect(queueStatuses({})).toEqual([MatchStatus.SUGGESTED, MatchStatus.SHORTLISTED]);
    expect(queueStatuses({ statuses: [] })).toEqual([MatchStatus.SUGGESTED, MatchStatus.SHORTLISTED]);
    expect(queueStatuses({ statuses: [MatchStatus.INTRODUCED] })).toEqual([MatchStatus.INTRODUCED]);
  });

  it('accepts open and proper ranges', () => {
    expect(() => checkQueueFilter({ minScore: 0.5 })).not.toThrow();
    expect(() => checkQueueFilter({ minScore: 0.5, maxScore: 0.5 })).not.toThrow();
    expect(() => checkQueueFilter({ createdAfter: new Date(1), createdBefore: new Date(2) })).not.toThrow();
  });

  it.each([
    [{ minScore: 0.8, maxScore: 0.2 }, 'filter.minScore'],
    [{ createdAfter: new Date(2), createdBefore: new Date(2) }, 'filter.createdAfter'],
  ])('refuses the inverted range %j on %s', (filter, field) => {
    expect(() => checkQueueFilter(filter)).toThrow(expect.objectContaining({
      code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ reason: 'INVERTED_RANGE', violations: [expect.objectContaining({ field })] }),
    }));
  });
});

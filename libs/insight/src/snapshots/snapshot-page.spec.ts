import { encodeCursor, ErrorCode } from '@chainmatch/core';
import { snapshotConnection, snapshotPosition } from './snapshot-page.js';

describe('snapshot pages', () => {
  it('starts on the served snapshot, and continues on the snapshot of the cursor', () => {
    const first = snapshotPosition({ first: 2 }, '7', 100)!;
    expect(first).toEqual({ snapshotId: '7', offset: 0, size: 2 });
    const page = snapshotConnection(['a', 'b'], 5, first);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(snapshotPosition({ first: 2, after: page.pageInfo.endCursor! }, '8', 100)).toEqual({ snapshotId: '7', offset: 2, size: 2 });
  });

  it('has nothing to page before the first snapshot', () => {
    expect(snapshotPosition({}, null, 100)).toBeNull();
    expect(snapshotConnection([], 0, null)).toMatchObject({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false } });
  });

  it.each([
    encodeCursor({ sortValue: 1.5, id: '7' }),
    encodeCursor({ sortValue: -1, id: '7' }),
    encodeCursor({ sortValue: 1, id: '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11' }),
    'garbage',
  ])('refuses the forged cursor %p', (after) => {
    expect(() => snapshotPosition({ after }, '7', 100)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT }));
  });

  it('holds the page size to the central cap', () => {
    expect(() => snapshotPosition({ first: 101 }, '7', 100)).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'PAGE_SIZE_OUT_OF_RANGE' }) }));
  });
});

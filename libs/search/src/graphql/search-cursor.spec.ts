import { ErrorCode } from '@chainmatch/core';
import { decodeSearchCursor, encodeSearchCursor } from './search-cursor.js';

describe('search cursors', () => {
  it('round-trip a position', () => {
    expect(decodeSearchCursor(encodeSearchCursor(41))).toBe(41);
  });

  it.each(['', 'bm9wZQ', Buffer.from('["search",-1]').toString('base64url'), Buffer.from('["x",3]').toString('base64url'), Buffer.from('["search",1.5]').toString('base64url')])(
    'refuses %p with BAD_USER_INPUT on `after`', (cursor) => {
      expect(() => decodeSearchCursor(cursor)).toThrow(expect.objectContaining({
        code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ reason: 'INVALID_CURSOR' }),
      }));
    });
});

import { ErrorCode } from '@chainmatch/core';
import { decodeAuditCursor, encodeAuditCursor } from './audit-page.js';

describe('audit log cursors', () => {
  it('round-trips a position with a bigint id beyond JavaScript number precision', () => {
    const position = { at: new Date('2026-05-06T07:08:09.123Z'), id: '9007199254740993' };
    expect(decodeAuditCursor(encodeAuditCursor(position))).toEqual(position);
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('["2026-01-01T00:00:00.000Z","3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11"]').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00.000Z","1 OR 1=1"]').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00.000Z","0"]').toString('base64url'),
    Buffer.from('["yesterday","12"]').toString('base64url'),
    Buffer.from('{"at":"2026-01-01T00:00:00.000Z","id":"12"}').toString('base64url'),
  ])('refuses the forged cursor %p with BAD_USER_INPUT on `after`', (cursor) => {
    expect(() => decodeAuditCursor(cursor)).toThrow(expect.objectContaining({
      code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ reason: 'INVALID_CURSOR' }),
    }));
  });
});

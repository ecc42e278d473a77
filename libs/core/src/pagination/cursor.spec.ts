import { ErrorCode } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { resolvePageSize } from './keyset-page.js';

describe('cursors', () => {
  const position = { sortValue: new Date('2026-01-02T03:04:05.678Z'), id: '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11' };

  it('round-trips a position', () => {
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it.each(['', 'not-base64!', Buffer.from('["x","y"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')])(
    'refuses the forged cursor %p with BAD_USER_INPUT on `after`',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ reason: 'INVALID_CURSOR' }) }));
    },
  );

  it('round-trips a numeric position (a score) when the list sorts by a number', () => {
    const scored = { sortValue: 0.8125, id: position.id };
    expect(decodeCursor(encodeCursor(scored), 'after', 'number')).toEqual(scored);
  });

  it('refuses a cursor of the other sort kind, so a score cursor never reaches a timestamp comparison', () => {
    const invalid = expect.objectContaining({ details: expect.objectContaining({ reason: 'INVALID_CURSOR' }) });
    expect(() => decodeCursor(encodeCursor({ sortValue: 0.5, id: position.id }))).toThrow(invalid);
    expect(() => decodeCursor(encodeCursor(position), 'after', 'number')).toThrow(invalid);
  });
});

describe('resolvePageSize', () => {
  it('defaults to 20 and accepts the cap', () => {
    expect(resolvePageSize(undefined, 100)).toBe(20);
    expect(resolvePageSize(100, 100)).toBe(100);
  });

  it.each([101, -1])('refuses %p', (first) => {
    expect(() => resolvePageSize(first, 100)).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'PAGE_SIZE_OUT_OF_RANGE' }) }));
  });
});

describe('cursors of lists with bigint ids (the audit log)', () => {
  it('round-trips a position with a bigint id beyond JavaScript number precision', () => {
    const position = { sortValue: new Date('2026-05-06T07:08:09.123Z'), id: '9007199254740993' };
    expect(decodeCursor(encodeCursor(position), 'after', 'timestamp', 'bigint')).toEqual(position);
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('["2026-01-01T00:00:00.000Z","3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11"]').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00.000Z","1 OR 1=1"]').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00.000Z","0"]').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00.000Z","9223372036854775808"]').toString('base64url'),
    Buffer.from('["2026-01-01T00:00:00.000Z","9999999999999999999"]').toString('base64url'),
    Buffer.from('["-271821-04-19T00:00:00.000Z","12"]').toString('base64url'),
    Buffer.from('["2026-13-45T00:00:00.000Z","12"]').toString('base64url'),
    Buffer.from('["yesterday","12"]').toString('base64url'),
    Buffer.from('{"at":"2026-01-01T00:00:00.000Z","id":"12"}').toString('base64url'),
  ])('refuses the forged cursor %p with BAD_USER_INPUT on `after`', (cursor) => {
    expect(() => decodeCursor(cursor, 'after', 'timestamp', 'bigint')).toThrow(expect.objectContaining({
      code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ reason: 'INVALID_CURSOR' }),
    }));
  });

  it('refuses a bigint id where a UUID is expected', () => {
    const cursor = encodeCursor({ sortValue: new Date('2026-01-01T00:00:00.000Z'), id: '12' });
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ details: expect.objectContaining({ reason: 'INVALID_CURSOR' }) }));
  });
});

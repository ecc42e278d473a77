import { Kind } from 'graphql';
import { DateTimeScalar, parseDateTime } from './date-time.scalar.js';

describe('DateTime', () => {
  it.each([
    ['2026-03-01T08:00:00Z', '2026-03-01T08:00:00.000Z'],
    ['2026-03-01T16:00:00+08:00', '2026-03-01T08:00:00.000Z'],
    ['2026-03-01t08:00:00.123456z', '2026-03-01T08:00:00.123Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['0001-01-01T00:00:00Z', '0001-01-01T00:00:00.000Z'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDateTime(text)?.toISOString()).toBe(iso);
  });

  it.each(['now', '', '2026-13-45T00:00:00Z', '2025-02-29T00:00:00Z', '2026-03-01T24:00:00Z', '2026-03-01T08:00:00',
    '2026-03-01', '0000-01-01T00:00:00Z', '-271821-04-19T00:00:00Z', '+275760-09-13T00:00:00Z', '2026-03-01T08:00:00+25:00'])(
    'names no instant with %p', (text) => {
      expect(parseDateTime(text)).toBeUndefined();
    },
  );

  it('refuses a variable that is not such a string, and leaves literals to the validation rule', () => {
    for (const value of ['now', 1e20, 1_700_000_000_000, null, {}]) expect(() => DateTimeScalar.parseValue(value)).toThrow(/RFC 3339/);
    expect(Number.isNaN((DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: 'now' }) as Date).getTime())).toBe(true);
    expect(DateTimeScalar.serialize(new Date('2026-03-01T08:00:00Z'))).toBe('2026-03-01T08:00:00.000Z');
  });
});

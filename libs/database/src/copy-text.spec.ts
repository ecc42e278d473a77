import { copyText } from './copy-text.js';

describe('copyText', () => {
  const columns = ['id', 'name', 'tags', 'score', 'ok'] as const;

  it('writes a line a row, tab between fields, in the order of the columns', () => {
    expect(copyText(columns, [
      { ok: true, score: 1.5, tags: ['a', 'b'], name: 'plain', id: '1' },
      { id: '2', name: null, tags: [], score: -3, ok: false },
    ])).toBe('1\tplain\t{"a","b"}\t1.5\tt\n2\t\\N\t{}\t-3\tf\n');
  });

  it('keeps text that looks like syntax as data: backslashes, tabs, line breaks, \\N', () => {
    expect(copyText(['t'], [{ t: 'a\tb\nc\r\\N' }])).toBe('a\\tb\\nc\\r\\\\N\n');
  });

  it('quotes every array element, so none reads as NULL or splits at a comma or brace', () => {
    expect(copyText(['tags'], [{ tags: ['NULL', 'a,b', '{x}', 'say "hi"', 'back\\slash', ''] }]))
      .toBe('{"NULL","a,b","{x}","say \\\\"hi\\\\"","back\\\\\\\\slash",""}\n');
  });

  it('refuses a number PostgreSQL cannot read', () => {
    expect(() => copyText(['n'], [{ n: Number.NaN }])).toThrow(/NaN/);
  });
});

import { CopyBinaryWriter, type CopyBinaryColumns } from './copy-binary.js';

function rowsOf<Row>(columns: CopyBinaryColumns<keyof Row & string>, rows: Row[]): Buffer {
  const writer = new CopyBinaryWriter(columns);
  rows.forEach((row) => writer.row(row));
  return writer.end();
}

/** The bytes between COPY's header (19 bytes) and trailer (2), as hex. */
const rowsHex = (bytes: Uint8Array) => Buffer.from(bytes).subarray(19, -2).toString('hex');
const int32 = (n: number) => Buffer.from([n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]).toString('hex');
const utf8 = (text: string) => Buffer.from(text).toString('hex');

describe('CopyBinaryWriter', () => {
  it('frames the rows with the binary header and trailer', () => {
    const bytes = Buffer.from(rowsOf([['t', 'text']], []));
    expect(bytes.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    expect(bytes.subarray(11).toString('hex')).toBe('00000000' + '00000000' + 'ffff');
  });

  it('writes a row as its field count, then each field as its length and bytes, NULL as length -1', () => {
    const columns: CopyBinaryColumns<'id' | 'name' | 'n' | 'ok'> = [['id', 'uuid'], ['name', 'text'], ['n', 'int4'], ['ok', 'bool']];
    const hex = rowsHex(rowsOf(columns, [{ id: '0019400B-6e49-4f06-8c40-73ea614f3613', name: '封装\t\\N', n: -2, ok: true }, { id: null, name: undefined, n: 7, ok: false }]));
    expect(hex).toBe(
      '0004' + int32(16) + '0019400b6e494f068c4073ea614f3613' + int32(Buffer.byteLength('封装\t\\N')) + utf8('封装\t\\N') + int32(4) + 'fffffffe' + int32(1) + '01'
      + '0004' + 'ffffffff' + 'ffffffff' + int32(4) + '00000007' + int32(1) + '00',
    );
  });

  it('writes timestamps as microseconds since 2000-01-01 UTC and jsonb with its version byte', () => {
    const columns: CopyBinaryColumns<'at' | 'doc'> = [['at', 'timestamptz'], ['doc', 'jsonb']];
    const hex = rowsHex(rowsOf(columns, [{ at: '2000-01-01T00:00:01.500Z', doc: [{ a: '"' }] }]));
    expect(hex).toBe('0002' + int32(8) + '00000000' + '0016e360' + int32(1 + 12) + '01' + utf8('[{"a":"\\""}]'));
  });

  it('writes text arrays with their dimension, and an empty one without', () => {
    const hex = rowsHex(rowsOf([['tags', 'text[]']], [{ tags: ['a', 'NULL'] }, { tags: [] }]));
    expect(hex).toBe(
      '0001' + int32(4 * 5 + 4 + 1 + 4 + 4) + int32(1) + int32(0) + int32(25) + int32(2) + int32(1) + int32(1) + utf8('a') + int32(4) + utf8('NULL')
      + '0001' + int32(12) + int32(0) + int32(0) + int32(25),
    );
  });

  it('writes a tsvector as its lexemes, the weighted ones at positions 1, 2, … with their weight bits', () => {
    const hex = rowsHex(rowsOf([['v', 'tsvector']], [{ v: { lexemes: ['qfn', '封装', '#kind:SUPPLY'], weights: ['A', 'C'] } }]));
    const entries = [utf8('qfn') + '00' + '0001' + 'c001', utf8('封装') + '00' + '0001' + '4002', utf8('#kind:SUPPLY') + '00' + '0000'];
    expect(hex).toBe('0001' + int32(entries.join('').length / 2 + 4) + int32(3) + entries.join(''));
  });

  it('encodes text as UTF-8 exactly as Buffer does, short or long, astral characters and lone surrogates included', () => {
    const texts = ['', 'abc', 'é', '封装测试', '𠮷野家', 'a\ud800b', '\udc00', 'x'.repeat(40) + '封装𠮷', '€'.repeat(33)];
    for (const text of texts) expect(rowsHex(rowsOf([['t', 'text']], [{ t: text }]))).toBe('0001' + int32(Buffer.byteLength(text)) + utf8(text));
  });

  it('refuses values PostgreSQL would not read as their type', () => {
    expect(() => rowsOf([['n', 'int4']], [{ n: Number.NaN }])).toThrow(/NaN/);
    expect(() => rowsOf([['id', 'uuid']], [{ id: "x'); DROP TABLE t; --" }])).toThrow(/not a uuid/);
    expect(() => rowsOf([['at', 'timestamptz']], [{ at: 'yesterday' }])).toThrow(/timestamptz/);
  });
});

import { meiliFilter, meiliSort, quoteFilterValue } from './meili-filter.js';

/**
 * A lexer for Meilisearch's filter syntax as its parser reads it (filter-parser/src/value.rs):
 * a quoted string ends at the first quote not preceded by a backslash, a backslash escapes the next
 * character, and anything outside strings is words, operators and brackets.
 */
function tokens(filter: string): { kind: 'string' | 'word' | 'symbol'; value: string }[] {
  const out: { kind: 'string' | 'word' | 'symbol'; value: string }[] = [];
  for (let i = 0; i < filter.length; ) {
    const c = filter[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      for (; j < filter.length && filter[j] !== c; j += 1) {
        if (filter[j] === '\\') j += 1;
        value += filter[j];
      }
      if (j >= filter.length) throw new Error(`unterminated string in ${filter}`);
      out.push({ kind: 'string', value });
      i = j + 1;
    } else if (/[\p{L}\p{N}_.-]/u.test(c)) {
      let j = i;
      while (j < filter.length && /[\p{L}\p{N}_.-]/u.test(filter[j])) j += 1;
      out.push({ kind: 'word', value: filter.slice(i, j) });
      i = j;
    } else {
      const symbol = ['!=', '>=', '<='].find((s) => filter.startsWith(s, i)) ?? c;
      out.push({ kind: 'symbol', value: symbol });
      i += symbol.length;
    }
  }
  return out;
}

/** The shape of a filter: every token but the content of string literals. */
const shape = (filter: string) => tokens(filter).map((t) => (t.kind === 'string' ? '<string>' : t.value));

const HOSTILE = [
  'ic" OR kind = "DEMAND',
  'ic\\" OR verified = false OR chainId = \\"',
  "ic' OR '1'='1",
  'ic"] OR chainId IN ["nev',
  'x\\',
  'a"b\\"c\\\\"d',
  '" OR _geoRadius(0, 0, 99999999) OR "',
];

describe('Meilisearch filters', () => {
  it.each(HOSTILE)('keeps the hostile value %p one string literal, so it cannot widen the filter', (value) => {
    const benign = meiliFilter({ chainIds: ['ic', 'nev'], segmentIds: ['ic.packaging'] }, new Date(0));
    const hostile = meiliFilter({ chainIds: [value, 'nev'], segmentIds: [value] }, new Date(0));
    expect(hostile.map(shape)).toEqual(benign.map(shape));
    const literals = hostile.flatMap((expression) => tokens(expression).filter((t) => t.kind === 'string').map((t) => t.value));
    // The lexer drops each escaping backslash as Meilisearch's unescaper does: the literal is the value, unchanged.
    expect(literals).toEqual([value, 'nev', value]);
  });

  it('would notice a widened filter (the check above has teeth)', () => {
    const naive = (value: string) => `chainId IN ["${value}"]`;
    expect(shape(naive(HOSTILE[0]))).not.toEqual(shape(naive('ic')));
  });

  it('quotes values with every backslash and quote escaped', () => {
    expect(quoteFilterValue('plain')).toBe('"plain"');
    expect(quoteFilterValue('a"b')).toBe('"a\\"b"');
    expect(quoteFilterValue('a\\b')).toBe('"a\\\\b"');
  });

  it('builds one expression per field: validity always, then AND across fields, IN for OR within one', () => {
    expect(meiliFilter({
      kind: 'SUPPLY', verifiedOnly: true, chainIds: ['ic'], provinceAdcodes: ['310000', '320000'], cityAdcodes: [],
      near: { lat: 31.3, lng: 120.6, radiusKm: 12.5 },
    }, new Date(1_700_000_000_000))).toEqual([
      'validUntil > 1700000000000',
      'kind = "SUPPLY"',
      'verified = true',
      'chainId IN ["ic"]',
      'provinceAdcode IN ["310000", "320000"]',
      '_geoRadius(31.3, 120.6, 12500)',
    ]);
  });

  it('refuses to print a number that is not finite', () => {
    expect(() => meiliFilter({ near: { lat: Number.NaN, lng: 120, radiusKm: 5 } }, new Date())).toThrow(/finite/);
  });

  it('sorts newest or by distance with a stable tie-break, and by relevance by default', () => {
    expect(meiliSort({ sort: 'NEWEST', filters: {} })).toEqual(['createdAt:desc', 'id:desc']);
    expect(meiliSort({ sort: 'DISTANCE', filters: { near: { lat: 31, lng: 121 } } })).toEqual(['_geoPoint(31, 121):asc', 'createdAt:desc', 'id:desc']);
    expect(meiliSort({ sort: 'RELEVANCE', filters: {} })).toBeUndefined();
  });
});

import { contractDocument } from '../testing/contract-documents.js';
import { filterLexemes, filterTerms } from './pg-document-row.js';
import { browseSql, textSearchSql } from './pg-search-sql.js';
import { lexemesLiteral, quoteLexeme, tsqueryLiteral, tsvectorLiteral } from './tsvector-literal.js';

describe('tsvector and tsquery literals', () => {
  it('quote every lexeme, doubling quotes and escaping backslashes', () => {
    expect(quoteLexeme("it's")).toBe("'it''s'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    expect(quoteLexeme("x' | 'y")).toBe("'x'' | ''y'");
  });

  it('write positions and weights field after field', () => {
    expect(tsvectorLiteral([{ tokens: ['qfn', '封装'], weight: 'A' }, { tokens: ['qfn'], weight: 'B' }])).toBe("'qfn':1A,11B '封装':2A");
    expect(lexemesLiteral(['a', 'b', 'a'])).toBe("'a' 'b'");
  });

  it('AND terms, OR alternatives, AND the words of a multi-word alternative', () => {
    expect(tsqueryLiteral([[['芯片'], ['integrated', 'circuit']], [['封装']]])).toBe("( '芯片' | ( 'integrated' & 'circuit' ) ) & ( '封装' )");
  });
});

describe('filter lexemes', () => {
  it('tag a document with its filter values, and turn filters into the same tags', () => {
    const doc = contractDocument({ title: 't', verified: true });
    expect(filterLexemes(doc)).toEqual(['#kind:SUPPLY', '#chain:ic', '#segment:ic.packaging', '#province:320000', '#city:320500', '#verified']);
    expect(filterTerms({ kind: 'DEMAND', chainIds: ['ic', 'nev'], verifiedOnly: true, cityAdcodes: [] })).toEqual([
      ['#kind:DEMAND'], ['#verified'], ['#chain:ic', '#chain:nev'],
    ]);
  });
});

describe('search SQL', () => {
  const hostile = "ic'); DROP TABLE listing; --";

  it('keeps every user value in a bind parameter', () => {
    const text = textSearchSql({ filters: { chainIds: [hostile] }, sort: 'RELEVANCE', offset: 0, limit: 20 }, [[[hostile]]]);
    const browse = browseSql({ filters: { chainIds: [hostile], near: { lat: 31, lng: 120, radiusKm: 10 } }, sort: 'DISTANCE', offset: 0, limit: 20 });
    for (const sql of [text, browse.page, browse.total, browse.facets]) expect(sql.text).not.toContain('DROP');
    expect(browse.total.values).toContainEqual([hostile]);
  });

  it('gives each statement exactly the parameters it uses', () => {
    const browse = browseSql({ filters: { near: { lat: 31, lng: 120 } }, sort: 'DISTANCE', offset: 40, limit: 20 });
    for (const sql of [browse.page, browse.total, browse.facets]) {
      const used = new Set([...sql.text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
      expect([...used].sort((a, b) => a - b)).toEqual(sql.values.map((_, i) => i + 1));
    }
  });
});

import { contractDocument } from '../testing/contract-documents.js';
import { filterLexemes, filterTerms, jsonDocumentRow } from './pg-document-row.js';
import { cellCover } from './pg-geo-sql.js';
import { browseSql, LEXICON_SOURCE, textSearchSql, textSourceOf, WORD_SOURCE } from './pg-search-sql.js';
import { textTools } from '../testing/text-tools.js';
import { quoteLexeme, tsqueryLiteral, tsVector, tsVectorLiteral } from './tsvector-literal.js';
import { toPgDocumentRow } from './pg-document-row.js';

describe('tsvector and tsquery literals', () => {
  it('quote every lexeme, doubling quotes and escaping backslashes', () => {
    expect(quoteLexeme("it's")).toBe("'it''s'");
    expect(quoteLexeme('a\\b')).toBe("'a\\\\b'");
    expect(quoteLexeme("x' | 'y")).toBe("'x'' | ''y'");
  });

  it('write each lexeme once, at the best field that has it, unweighted lexemes after the weighted', () => {
    const fields = [{ tokens: ['qfn', '封装', 'qfn'], weight: 'A' as const }, { tokens: ['qfn', 'wlp'], weight: 'B' as const }];
    expect(tsVectorLiteral(tsVector(fields))).toBe("'qfn':1A '封装':2A 'wlp':3B");
    expect(tsVectorLiteral(tsVector([], ['a', 'b', 'a']))).toBe("'a' 'b'");
    expect(tsVectorLiteral(tsVector(fields, ['wlp', '#kind:SUPPLY'], ["it's"]))).toBe("'qfn':1A '封装':2A 'wlp':3B '#kind:SUPPLY' 'it''s'");
  });

  it('AND terms, OR alternatives, AND the words of a multi-word alternative', () => {
    expect(tsqueryLiteral([[['芯片'], ['integrated', 'circuit']], [['封装']]])).toBe("( '芯片' | ( 'integrated' & 'circuit' ) ) & ( '封装' )");
  });
});

describe('document rows', () => {
  const tools = textTools();
  const row = (overrides: Parameters<typeof contractDocument>[0]) => jsonDocumentRow(toPgDocumentRow(contractDocument(overrides), tools).row) as Record<string, string>;

  it('index lexicon groups and the broader groups above them, from what the listing says only', () => {
    const { tsv, rank_tsv: rank } = row({ title: 'LFP 正极 supply', description: '高压实磷酸铁锂', enterpriseNameZh: '集成电路有限公司', segmentNameZh: '封装测试' });
    expect(tsv).toContain("'@g:nev.lfp'");
    expect(tsv).toContain("'@u:nev.cathode'");
    expect(tsv).not.toContain('集成电路');
    expect(tsv).not.toContain('封装测试');
    expect(rank).toMatch(/'@g:nev.lfp':\d+A/);
    expect(rank).toMatch(/'集成电路':\d+D/);
  });

  it('give the lexicon table the groups at their rank fields and the filter values, and no word', () => {
    const { lexicon_tsv: lexicon } = row({ title: 'LFP 正极 supply', keywords: ['铜箔'], description: '高压实磷酸铁锂', enterpriseNameZh: '集成电路有限公司' });
    expect(lexicon).toMatch(/'@g:nev.lfp':\d+A/);
    expect(lexicon).toMatch(/'@u:nev.cathode':\d+A/);
    expect(lexicon).toContain("'#chain:ic'");
    expect(lexicon).not.toMatch(/'lfp'|'铜箔'|'集成电路'/);
  });

  it('rank a keyword nothing else in the listing says as description, and index at most ten distinct keywords', () => {
    const { rank_tsv: rank } = row({ title: '铜箔', keywords: ['铜箔', '磷酸铁锂'], description: '6μm锂电铜箔' });
    expect(rank).toMatch(/'@g:nev.lfp':\d+C/);
    expect(rank).toMatch(/'铜箔':\d+A/);
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
  const term = (match: string[][], reduced: string[] = []) => ({ label: 't', weight: 1, match, exact: match.flat(), reduced });

  it('reads the lexicon table only when every lexeme of the query is a lexicon group', () => {
    expect(textSourceOf([term([['@g:nev.lfp']], ['@u:nev.lfp']), term([['@g:nev.cathode']])])).toBe(LEXICON_SOURCE);
    expect(textSourceOf([term([['@g:nev.lfp']]), term([['正极']])])).toBe(WORD_SOURCE);
    expect(textSourceOf([term([['@g:ic.photoresist']], ['photoresist'])])).toBe(WORD_SOURCE);
    const sql = textSearchSql({ filters: { kind: 'DEMAND' }, sort: 'RELEVANCE', offset: 0, limit: 20 }, { terms: [term([['@g:nev.lfp']])], required: [0], excludeIds: [] });
    expect(sql.text).toContain('FROM search_listing_lexicon m WHERE m.lexicon_tsv @@');
  });

  it('keeps every user value in a bind parameter', () => {
    const terms = [{ label: hostile, weight: 1, match: [[hostile]], exact: [hostile], reduced: [] }];
    const text = textSearchSql({ filters: { chainIds: [hostile] }, sort: 'RELEVANCE', offset: 0, limit: 20 }, { terms, required: [0], excludeIds: [hostile] });
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

describe('grid cells covering a radius', () => {
  it('take the finest grid that covers the box in at most eight cells a side', () => {
    const cells = cellCover({ south: 30.85, north: 31.75, west: 120.06, east: 121.11 })!;
    expect(cells.length).toBeLessThanOrEqual(64);
    expect(new Set(cells.map((cell) => Math.floor(cell / 1e12)))).toEqual(new Set([4]));
    const small = cellCover({ south: 31.29, north: 31.31, west: 120.58, east: 120.59 })!;
    expect(Math.floor(small[0] / 1e12)).toBe(0);
  });

  it('go without cells when even the coarsest grid needs more, or the box crosses the antimeridian', () => {
    expect(cellCover({ south: 20, north: 40, west: 100, east: 125 })).toBeUndefined();
    expect(cellCover({ south: 10, north: 11, west: 179.5, east: 180.5 })).toBeUndefined();
  });
});

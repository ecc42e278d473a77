import { INTROSPECTION_QUERY, parseOperation, testSchema } from './limits-test-schema.js';
import { measureOperation } from './measure-operation.js';

const PAGES = { defaultPageSize: 20, maxPageSize: 100 };
const complexityOf = (source: string, variables?: Record<string, unknown>) => {
  const { document, operation } = parseOperation(source);
  return measureOperation(testSchema, document, operation, variables, PAGES).complexity;
};

describe('operation complexity', () => {
  it('counts each field once, plus what is under it', () => {
    expect(complexityOf('{ chains { id segments { id } } }')).toBe(4);
    expect(complexityOf('{ listing(id: "x") { id title } }')).toBe(3);
  });

  it('multiplies what a list with `first` selects by `first`', () => {
    // listings: 1 + 10 × (totalCount 1 + edges (1 + node (1 + id 1)))
    expect(complexityOf('{ listings(first: 10) { totalCount edges { node { id } } } }')).toBe(41);
  });

  it('reads `first` from variables, uses the default page size without it, and caps it', () => {
    const query = 'query($n: Int) { listings(first: $n) { edges { node { id } } } }';
    expect(complexityOf(query, { n: 5 })).toBe(1 + 5 * 3);
    expect(complexityOf(query, {})).toBe(1 + 20 * 3);
    expect(complexityOf(query, { n: 100_000 })).toBe(1 + 100 * 3);
    expect(complexityOf(query, { n: -3 })).toBe(1);
  });

  it('multiplies nested lists', () => {
    const query = '{ listings(first: 10) { edges { node { enterprise { listings(first: 10) { edges { node { id } } } } } } } }';
    // inner: 1 + 10 × 3 = 31; node: 1 + enterprise (1 + 31) = 33; outer: 1 + 10 × (edges 1 + 33)
    expect(complexityOf(query)).toBe(1 + 10 * 34);
  });

  it('counts fragments where they are spread', () => {
    const query = `{ listings(first: 2) { edges { node { ...Card } } } }
      fragment Card on Listing { id title }`;
    expect(complexityOf(query)).toBe(1 + 2 * (1 + 1 + 2));
  });

  it('keeps the standard introspection query cheap', () => {
    expect(complexityOf(INTROSPECTION_QUERY)).toBeLessThan(500);
  });

  it('gives up counting a fragment bomb and calls it infinitely complex', () => {
    const levels = 12;
    const fragments = Array.from({ length: levels }, (_, i) =>
      `fragment F${i} on Chain { id ${i + 1 < levels ? `...F${i + 1} ...F${i + 1} ...F${i + 1}` : ''} }`);
    expect(complexityOf(`{ chains { ...F0 } } ${fragments.join('\n')}`)).toBe(Number.POSITIVE_INFINITY);
  });

  it('leaves operations whose variables do not fit to execution, which refuses them', () => {
    expect(complexityOf('query($n: Int!) { listings(first: $n) { totalCount } }', { n: 'ten' })).toBeUndefined();
  });
});

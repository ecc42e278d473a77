import { execute, parse } from 'graphql';
import { fieldsReturned, INTROSPECTION_QUERY, parseOperation, TEST_COST_MODEL, testSchema } from './limits-test-schema.js';
import { measureOperation } from './measure-operation.js';

const measure = (source: string, variables?: Record<string, unknown>, model = TEST_COST_MODEL) => {
  const { document, operation } = parseOperation(source);
  return measureOperation(testSchema, document, operation, variables, model);
};
const complexityOf = (source: string, variables?: Record<string, unknown>) => measure(source, variables).complexity;

describe('operation cost', () => {
  it('multiplies what a list selects by its declared items', () => {
    // chains: 1 + 10 × (id 1 + segments (1 + 5 × id 1))
    expect(complexityOf('{ chains { id segments { id } } }')).toBe(71);
    expect(complexityOf('{ listing(id: "x") { id title } }')).toBe(3);
  });

  it('counts a list nobody declared as a full page', () => {
    const undeclared = { ...TEST_COST_MODEL, fields: { 'Query.chains': { items: 10 } } };
    expect(measure('{ chains { segments { id } } }', undefined, undeclared).complexity).toBe(1 + 10 * (1 + 100));
  });

  it('multiplies a connection\'s edges by `first`, and costs its totalCount once, for the count it runs', () => {
    // listings: 1 + totalCount (1 + 50) + edges (1 + 10 × node (1 + id 1))
    expect(complexityOf('{ listings(first: 10) { totalCount edges { node { id } } } }')).toBe(73);
    expect(complexityOf('{ listings(first: 0) { totalCount } }')).toBe(52);
  });

  it('reads `first` from variables, uses the default page size without it, and caps it', () => {
    const query = 'query($n: Int) { listings(first: $n) { edges { node { id } } } }';
    expect(complexityOf(query, { n: 5 })).toBe(1 + 1 + 5 * 2);
    expect(complexityOf(query, {})).toBe(1 + 1 + 20 * 2);
    expect(complexityOf(query, { n: 100_000 })).toBe(1 + 1 + 100 * 2);
    expect(complexityOf(query, { n: -3 })).toBe(2);
  });

  it('multiplies nested lists', () => {
    const query = '{ listings(first: 10) { edges { node { enterprise { listings(first: 10) { edges { node { id } } } } } } } }';
    // inner listings: 1 + (1 + 10 × 2) = 22; node: 1 + enterprise (1 + 22); outer: 1 + (1 + 10 × 24)
    expect(complexityOf(query)).toBe(242);
  });

  it('adds up every alias of the same field', () => {
    const once = complexityOf('{ listings(first: 0) { totalCount } }')!;
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: listings(first: 0) { totalCount }`).join(' ');
    expect(complexityOf(`{ ${aliases} }`)).toBe(50 * once);
  });

  it('counts fragments where they are spread, and leaves out what @skip and @include leave out', () => {
    const query = `{ listings(first: 2) { edges { node { ...Card } } } }
      fragment Card on Listing { id title }`;
    expect(complexityOf(query)).toBe(1 + 1 + 2 * (1 + 2));
    const skipped = 'query($s: Boolean!) { a: chains @skip(if: $s) { id } b: chains @include(if: $s) { id } }';
    expect(complexityOf(skipped, { s: true })).toBe(11);
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

describe('introspection size', () => {
  it('counts exactly the fields introspection returns, outside the cost', async () => {
    const result = await execute({ schema: testSchema, document: parse(INTROSPECTION_QUERY) });
    const measured = measure(INTROSPECTION_QUERY);
    expect(measured.complexity).toBe(0);
    expect(measured.introspection?.values).toBe(fieldsReturned(result.data));
    const nested = '{ __type(name: "Query") { fields { name type { kind ofType { name fields { name } } } } } }';
    const nestedResult = await execute({ schema: testSchema, document: parse(nested) });
    expect(measure(nested).introspection?.values).toBe(fieldsReturned(nestedResult.data));
  });

  it('allows twice the standard introspection query, so three of them are too many', () => {
    const { introspection } = measure(INTROSPECTION_QUERY);
    expect(introspection!.allowance).toBeGreaterThanOrEqual(2 * introspection!.values);
    const body = INTROSPECTION_QUERY.slice(INTROSPECTION_QUERY.indexOf('__schema'), INTROSPECTION_QUERY.indexOf('fragment FullType')).trim().replace(/}\s*$/, '');
    const triple = `query { a: ${body} b: ${body} c: ${body} } ${INTROSPECTION_QUERY.slice(INTROSPECTION_QUERY.indexOf('fragment FullType'))}`;
    expect(measure(triple).introspection!.values).toBeGreaterThan(introspection!.allowance);
  });
});

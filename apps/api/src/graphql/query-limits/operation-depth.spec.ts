import { INTROSPECTION_QUERY, parseOperation } from './limits-test-schema.js';
import { operationDepth } from './operation-depth.js';

const depthOf = (source: string) => {
  const { operation, fragments } = parseOperation(source);
  return operationDepth(operation, fragments);
};

describe('operationDepth', () => {
  it('counts fields along the deepest path, a root field counting 1', () => {
    expect(depthOf('{ chains { id } }')).toBe(2);
    expect(depthOf('{ listings { totalCount edges { node { enterprise { nameZh } } } } }')).toBe(5);
    expect(depthOf('{ a: chains { id } b: chains { segments { chain { id } } } }')).toBe(4);
  });

  it('follows fragment spreads, nested fragments and inline fragments without adding levels for them', () => {
    expect(depthOf(`
      { listings { ...Page } }
      fragment Page on ListingConnection { edges { node { ...Card } } }
      fragment Card on Listing { id enterprise { ... on Enterprise { nameZh } } }
    `)).toBe(5);
    expect(depthOf('{ listing(id: "x") { ... on Node { ... on Listing { enterprise { id } } } } }')).toBe(3);
  });

  it('takes the deepest of several spreads of one fragment at different depths', () => {
    expect(depthOf(`
      { chains { ...S segments { chain { ...S } } } }
      fragment S on Chain { segments { id } }
    `)).toBe(5); // chains › segments › chain › (S) segments › id
  });

  it('measures a fragment bomb without expanding it', () => {
    const levels = 30;
    const fragments = Array.from({ length: levels }, (_, i) =>
      `fragment F${i} on Chain { id ${i + 1 < levels ? `...F${i + 1} ...F${i + 1} ...F${i + 1}` : ''} }`);
    expect(depthOf(`{ chains { ...F0 } } ${fragments.join('\n')}`)).toBe(2);
  });

  it('counts the mutation root like any other', () => {
    expect(depthOf('mutation { closeListing(id: "x") { enterprise { listings { edges { node { id } } } } } }')).toBe(6);
  });

  it('does not count ofType inside introspection, so the standard introspection query stays shallow', () => {
    expect(depthOf(INTROSPECTION_QUERY)).toBe(6);
    expect(depthOf('{ __type(name: "Listing") { fields { type { ofType { ofType { name } } } } } }')).toBe(4);
  });

  it('counts fanning-out introspection like any query', () => {
    expect(depthOf('{ __type(name: "Listing") { fields { type { fields { type { fields { name } } } } } } }')).toBe(7);
  });
});

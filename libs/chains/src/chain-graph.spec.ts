import { assertAcyclic, CyclicChainError } from './chain-graph.js';

const edge = (fromSegmentId: string, toSegmentId: string) => ({ fromSegmentId, toSegmentId });

describe('assertAcyclic', () => {
  it('orders an acyclic graph upstream first', () => {
    const order = assertAcyclic(['fab', 'materials', 'packaging'], [edge('materials', 'fab'), edge('fab', 'packaging')]);
    expect(order).toEqual(['materials', 'fab', 'packaging']);
  });

  it('names the segments of a cycle', () => {
    expect(() => assertAcyclic(['a', 'b', 'c', 'd'], [edge('a', 'b'), edge('b', 'c'), edge('c', 'b'), edge('a', 'd')]))
      .toThrow(new CyclicChainError('the feeds graph has a cycle through: b, c'));
  });

  it('refuses an edge to an unknown segment', () => {
    expect(() => assertAcyclic(['a'], [edge('a', 'zz')])).toThrow(/unknown segment/);
  });
});

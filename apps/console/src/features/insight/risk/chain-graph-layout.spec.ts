import { COLUMN_GAP, layOutChain, ROW_GAP } from './chain-graph-layout';

describe('layOutChain', () => {
  // materials → fab → packaging, materials → packaging directly, and eda on its own.
  const ids = ['materials', 'fab', 'packaging', 'eda'];
  const edges = [{ from: 'materials', to: 'fab' }, { from: 'fab', to: 'packaging' }, { from: 'materials', to: 'packaging' }];

  it('puts each segment one column right of its furthest supplier, upstream on the left', () => {
    const { positions } = layOutChain(ids, edges);
    expect(ids.map((id) => positions.get(id)!.x / COLUMN_GAP)).toEqual([0, 1, 2, 0]);
  });

  it('spreads a column\'s segments evenly around the middle, and counts the fullest column', () => {
    const { positions, rows } = layOutChain(ids, edges);
    expect([positions.get('materials')!.y, positions.get('eda')!.y]).toEqual([-ROW_GAP / 2, ROW_GAP / 2]);
    expect(positions.get('fab')!.y).toBe(0);
    expect(rows).toBe(2);
    expect(layOutChain(ids, edges).columns).toBe(3);
  });

  it('ignores edges to segments it was not given', () => {
    const { positions } = layOutChain(['fab'], [{ from: 'materials', to: 'fab' }]);
    expect(positions.get('fab')).toEqual({ x: 0, y: 0 });
  });
});

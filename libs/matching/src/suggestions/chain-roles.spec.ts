import { chainRelationOf, needsInputs, supplyingSegments } from './chain-roles.js';
import { shippedChains, side } from '../testing/pair-fixtures.js';

const need = (segmentId: string, enterpriseSegmentIds: string[]) => side({ kind: 'DEMAND', segmentId, chainId: segmentId.split('.')[0], enterpriseSegmentIds });
const offer = (segmentId: string) => side({ segmentId, chainId: segmentId.split('.')[0] });
const relation = (demand: ReturnType<typeof need>, supplySegmentId: string, productSegments: string[] = []) =>
  chainRelationOf(shippedChains, demand, offer(supplySegmentId), new Set(productSegments));

describe('role-aware chain fit', () => {
  it('answers a motor maker\'s need with magnets (across chains), not with other motor makers\' motors', () => {
    const motorMaker = need('nev.motor', ['nev.motor']);
    expect(needsInputs(shippedChains, motorMaker)).toBe(true);
    expect(relation(motorMaker, 'new_materials.special_metal')).toEqual({ relation: 'FEEDER', crossChain: true });
    expect(relation(motorMaker, 'nev.minerals')).toEqual({ relation: 'FEEDER', crossChain: false });
    expect(relation(motorMaker, 'nev.motor')).toEqual({ relation: 'COMPETITOR', crossChain: false });
  });

  it('does not offer a copper-ingot buyer (a target maker) to a sputtering-target supplier as a customer', () => {
    expect(relation(need('ic.materials', ['ic.materials']), 'ic.materials').relation).toBe('COMPETITOR');
    expect(relation(need('ic.fab', ['ic.fab']), 'ic.materials').relation).toBe('FEEDER');
  });

  it('answers a need named by the product\'s segment with that segment, its equivalent, and not its feeders', () => {
    const vehicleMakerBuyingCells = need('nev.battery', ['nev.vehicle']);
    expect(relation(vehicleMakerBuyingCells, 'nev.battery').relation).toBe('SAME_SEGMENT');
    expect(relation(vehicleMakerBuyingCells, 'nev.battery_materials').relation).toBe('INPUT_OF_NEED');
    expect(relation(need('biomed.devices', ['biomed.providers']), 'health.devices')).toEqual({ relation: 'EQUIVALENT_SEGMENT', crossChain: true });
  });

  it('takes a segment the lexicon says makes the product for a maker of it, whatever the taxonomy says', () => {
    const motorMakerBuyingStators = need('nev.motor', ['nev.motor']);
    expect(relation(motorMakerBuyingStators, 'nev.motor', ['nev.motor']).relation).toBe('MAKES_PRODUCT');
    expect(relation(need('textile.weaving', ['textile.weaving']), 'robotics.body', ['robotics.body']).relation).toBe('MAKES_PRODUCT');
    expect(relation(need('nev.vehicle', ['nev.vehicle']), 'nev.battery', ['nev.battery']).relation).toBe('FEEDER');
  });

  it('treats integrated makers and end segments as buying, not competing', () => {
    expect(relation(need('nev.battery', ['nev.battery', 'nev.vehicle']), 'nev.battery').relation).toBe('SAME_SEGMENT');
    expect(relation(need('nev.charging', ['nev.charging']), 'nev.charging').relation).toBe('SAME_SEGMENT');
    expect(relation(need('nev.vehicle', ['nev.vehicle']), 'textile.spinning').relation).toBe('OTHER');
    expect(relation(need('nev.vehicle', ['nev.vehicle']), 'nev.charging').relation).toBe('SAME_CHAIN');
  });

  it('counts the suppliers of a need in its genuine counterparts\' segments: feeders and makers of the product, never its competitors\'', () => {
    const motorMaker = need('nev.motor', ['nev.motor']);
    const segments = supplyingSegments(shippedChains, motorMaker, new Set());
    expect(segments).toEqual(expect.arrayContaining(['new_materials.special_metal', 'nev.minerals']));
    expect(segments).not.toContain('nev.motor');
    expect(supplyingSegments(shippedChains, motorMaker, new Set(['nev.motor']))).toContain('nev.motor');
    const vehicleMakerBuyingCells = need('nev.battery', ['nev.vehicle']);
    expect(supplyingSegments(shippedChains, vehicleMakerBuyingCells, new Set())).toContain('nev.battery');
    expect(supplyingSegments(shippedChains, vehicleMakerBuyingCells, new Set())).not.toContain('nev.battery_materials');
    for (const id of segments) expect(['FEEDER', 'SAME_SEGMENT', 'EQUIVALENT_SEGMENT', 'MAKES_PRODUCT']).toContain(relation(motorMaker, id).relation);
  });
});

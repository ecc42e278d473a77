import chainsFile from '../data/chains.json' with { type: 'json' };
import { assertAcyclic } from './chain-graph.js';
import { shippedSegmentGraph } from './chain-seed.js';

/** The graph as shipped: every test below is a claim about the taxonomy data, not a toy graph. */
const segments = chainsFile.chains.flatMap((chain) => chain.segments.map((segment) => ({ ...segment, chainId: chain.id })));
const feeds = segments.flatMap((s) => s.feeds.map((to) => ({ fromSegmentId: s.id, toSegmentId: to })));
const graph = shippedSegmentGraph();

describe('the segment graph of the 11 chains', () => {
  it('is one acyclic graph with edges across chains, and equivalences listed on both sides', () => {
    expect(() => assertAcyclic(segments.map((s) => s.id), feeds)).not.toThrow();
    const chainOf = new Map(segments.map((s) => [s.id, s.chainId]));
    expect(feeds.filter((f) => chainOf.get(f.fromSegmentId) !== chainOf.get(f.toSegmentId)).length).toBeGreaterThanOrEqual(30);
    for (const s of segments) for (const other of s.equivalents) expect(segments.find((x) => x.id === other)?.equivalents).toContain(s.id);
  });

  it.each([
    ['new_materials.special_metal', 'nev.motor', 'FEEDS', 'magnets from new materials feed NEV traction motors'],
    ['new_materials.special_metal', 'robotics.servo', 'FEEDS', 'and robot servo motors'],
    ['new_materials.metal_structural', 'aircraft.engine', 'FEEDS', 'superalloys feed aero-engines'],
    ['ic.packaging', 'nev.electronic_control', 'FEEDS', 'packaged chips feed automotive electronics'],
    ['health.devices', 'biomed.devices', 'EQUIVALENT', 'medical devices are the same trade in both chains'],
    ['health.pharma', 'biomed.chem_drugs', 'EQUIVALENT', 'pharmaceutical manufacturing'],
    ['biomed.rnd_services', 'health.devices', 'FEEDS', 'a feeder of an equivalent feeds'],
    ['health.tcm_herbs', 'biomed.tcm', 'FEEDS', 'herbs feed TCM makers'],
    ['nev.battery_materials', 'nev.battery', 'FEEDS', 'within a chain as before'],
    ['nev.motor', 'nev.battery', 'SAME_CHAIN', 'siblings do not feed one another'],
    ['nev.vehicle', 'nev.battery', 'SAME_CHAIN', 'downstream is not a supplier'],
    ['textile.spinning', 'nev.battery', 'UNRELATED', 'another chain with no edge'],
  ])('%s → %s: %s (%s)', (supplier, buyer, relation) => {
    expect(graph.relation(supplier, buyer)).toBe(relation);
  });

  it('finds the segments that can supply a buyer and those that can buy from a supplier', () => {
    expect(graph.counterpartSegmentsOf('aircraft.engine', 'SUPPLIERS').sort())
      .toEqual(['aircraft.engine', 'aircraft.materials', 'new_materials.fiber_composite', 'new_materials.metal_structural']);
    expect(graph.counterpartSegmentsOf('new_materials.special_metal', 'BUYERS'))
      .toEqual(expect.arrayContaining(['new_materials.special_metal', 'new_materials.applications', 'nev.motor', 'robotics.servo']));
    expect(graph.counterpartSegmentsOf('health.devices', 'SUPPLIERS'))
      .toEqual(expect.arrayContaining(['health.devices', 'biomed.devices', 'biomed.rnd_services']));
  });
});

import { assertAcyclic } from '@chainmatch/chains';
import { startTestApi, type TestApi } from '../support/test-api.js';

describe('reference data over GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('has the four provinces and 41 cities, each city with coordinates and counties', async () => {
    const { provinces } = await api.graphql.data(`{ provinces { adcode nameZh cities { adcode nameEnUnique location { lat lng } counties { adcode } } } }`);
    expect(provinces.map((p: { adcode: string }) => p.adcode)).toEqual(['310000', '320000', '330000', '340000']);
    const cities = provinces.flatMap((p: { cities: unknown[] }) => p.cities);
    expect(cities).toHaveLength(41);
    expect(provinces.map((p: { cities: unknown[] }) => p.cities.length)).toEqual([1, 13, 11, 16]);
    for (const city of cities) {
      expect(city.location.lat).toBeGreaterThan(27);
      expect(city.location.lng).toBeGreaterThan(114);
      expect(city.counties.length).toBeGreaterThan(0);
    }
    expect(cities.flatMap((c: { counties: unknown[] }) => c.counties)).toHaveLength(305);
  });

  it('tells the two Suzhous apart and finds a county by adcode', async () => {
    const { jiangsu, anhui, county } = await api.graphql.data(`{
      jiangsu: city(adcode: "320500") { nameEnUnique }
      anhui: city(adcode: "341300") { nameEnUnique }
      county: county(adcode: "310112") { nameZh nameEn city { nameZh } }
    }`);
    expect([jiangsu.nameEnUnique, anhui.nameEnUnique]).toEqual(['Suzhou, Jiangsu', 'Suzhou, Anhui']);
    expect(county).toEqual({ nameZh: '闵行区', nameEn: 'Minhang', city: { nameZh: '上海市' } });
  });

  it('has 11 chains and 85 segments whose feeds graph is acyclic, with upstream/downstream both ways', async () => {
    const { chains } = await api.graphql.data(`{ chains { id segments { id stage upstream { id } downstream { id } } } }`);
    expect(chains).toHaveLength(11);
    const segments = chains.flatMap((c: { segments: unknown[] }) => c.segments);
    expect(segments).toHaveLength(85);
    const edges = segments.flatMap((s: { id: string; downstream: { id: string }[] }) =>
      s.downstream.map((d) => ({ fromSegmentId: s.id, toSegmentId: d.id })));
    expect(edges.length).toBeGreaterThan(80);
    expect(() => assertAcyclic(segments.map((s: { id: string }) => s.id), edges)).not.toThrow();
    const byId = new Map(segments.map((s: { id: string }) => [s.id, s]));
    for (const { fromSegmentId, toSegmentId } of edges) {
      expect((byId.get(toSegmentId) as { upstream: { id: string }[] }).upstream.map((u) => u.id)).toContain(fromSegmentId);
    }
  });

  it('exposes the IC chain order materials → fab → packaging', async () => {
    const { segment } = await api.graphql.data(`{ segment(id: "ic.fab") { chain { nameZh } upstream { id } downstream { id } } }`);
    expect(segment.chain.nameZh).toBe('集成电路');
    expect(segment.upstream.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['ic.materials', 'ic.equipment']));
    expect(segment.downstream.map((s: { id: string }) => s.id)).toContain('ic.packaging');
  });

  it('links chains: cross-chain feeders and equivalent segments, both ways', async () => {
    const { magnets, devices } = await api.graphql.data(`{
      magnets: segment(id: "new_materials.special_metal") { downstream { id } }
      devices: segment(id: "biomed.devices") { equivalents { id chain { id } } }
    }`);
    expect(magnets.downstream.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['nev.motor', 'robotics.servo']));
    expect(devices.equivalents).toEqual([{ id: 'health.devices', chain: { id: 'health' } }]);
    const { segment } = await api.graphql.data(`{ segment(id: "aircraft.engine") { upstream { id } } }`);
    expect(segment.upstream.map((s: { id: string }) => s.id)).toContain('new_materials.metal_structural');
  });

  it('offers the units catalogue, each unit in its dimension, and reads members\' spellings of a unit', async () => {
    const { units, tonnes, sqm, unknown } = await api.graphql.data(`{
      units { code nameZh nameEn toBase dimension { id baseUnitCode } }
      tonnes: unit(text: "tonnes") { code nameZh nameEn dimension { id } }
      sqm: unit(text: "㎡") { code }
      unknown: unit(text: "吨/月") { code }
    }`);
    const byCode = new Map(units.map((u: { code: string }) => [u.code, u]));
    for (const code of ['t', 'kg', 'm2', 'pcs', 'wafer', 'set', 'l', 'gal', 'wh', 'kwh']) expect(byCode.has(code)).toBe(true);
    expect(byCode.get('t')).toEqual({ code: 't', nameZh: '吨', nameEn: 't', toBase: 1000, dimension: { id: 'MASS', baseUnitCode: 'kg' } });
    expect(tonnes).toEqual({ code: 't', nameZh: '吨', nameEn: 't', dimension: { id: 'MASS' } });
    expect([sqm, unknown]).toEqual([{ code: 'm2' }, null]);
    const { units: energy } = await api.graphql.data(`{ units(dimensionId: "ENERGY") { code } }`);
    expect(energy.map((u: { code: string }) => u.code)).toEqual(['wh', 'kwh', 'mwh', 'gwh']);
  });

  it('reports the database on /health', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });
});

import type { ListingDocument } from '../engine/listing-document.js';
import { fingerprintOf } from '../engine/listing-document.js';
import type { SearchEngine, SearchRequest } from '../engine/search-engine.port.js';
import { contractDocument, contractFixtures, PLACES } from './contract-documents.js';

export interface ContractEngine {
  engine: SearchEngine;
  close(): Promise<void>;
}

/**
 * The search port's contract: every engine must pass it. Documents go straight into the engine
 * (the sync from the database is tested apart); each test states one promise of the port.
 */
export function describeSearchEngineContract(name: string, start: () => Promise<ContractEngine>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let subject: ContractEngine;
    let engine: SearchEngine;
    const docs = contractFixtures();
    const all = Object.values(docs);
    const search = (request: Partial<SearchRequest>) =>
      engine.search({ filters: {}, sort: 'RELEVANCE', offset: 0, limit: 50, ...request });
    const ids = async (request: Partial<SearchRequest>) => (await search(request)).hits.map((hit) => hit.id);
    const sorted = (...documents: ListingDocument[]) => documents.map((d) => d.id).sort();

    beforeAll(async () => {
      subject = await start();
      engine = subject.engine;
      await engine.applySettings();
      await engine.upsert(all);
    });
    afterAll(() => subject?.close());

    describe('text', () => {
      it('finds Chinese domain terms kept whole by the dictionary', async () => {
        expect((await ids({ text: '封装测试' })).sort()).toEqual(sorted(docs.packaging, docs.unplaced));
        expect(await ids({ text: '锂电池隔膜' })).toEqual([docs.separator.id]);
      });

      it('finds English words whatever their case or plural', async () => {
        expect(await ids({ text: 'PHOTORESISTS' })).toEqual([docs.photoresist.id]);
        expect(await ids({ text: 'separator films' })).toEqual([docs.separator.id]);
      });

      it('requires every word of the query when asked to, and otherwise says which it dropped', async () => {
        expect(await ids({ text: 'photoresist separator', matching: 'ALL' })).toEqual([]);
        const relaxed = await search({ text: 'photoresist separator' });
        expect(relaxed.hits.map((hit) => hit.id)).toEqual([docs.photoresist.id]);
        expect(relaxed.droppedTerms).toEqual(['separator']);
      });

      it('applies synonyms both ways: integrated circuit = 芯片, traction motor = 驱动电机', async () => {
        expect(await ids({ text: 'integrated circuit' })).toEqual([docs.mcu.id]);
        expect(await ids({ text: 'traction motor' })).toEqual([docs.motor.id]);
      });

      it('tolerates a typo in a long word', async () => {
        expect(await ids({ text: 'photoresit' })).toEqual([docs.photoresist.id]);
      });

      it('marks the matched words in a highlight of the title', async () => {
        const [hit] = (await search({ text: 'photoresist' })).hits;
        const title = hit.highlights.find((h) => h.field === 'title')!;
        expect(title.ranges.map((r) => title.text.slice(r.start, r.start + r.length).toLowerCase())).toContain('photoresist');
        expect(hit.score).toBeGreaterThan(0);
        expect(hit.score).toBeLessThanOrEqual(1);
      });
    });

    describe('filters', () => {
      it.each([
        ['kind', { kind: 'DEMAND' as const }, () => [docs.mcu, docs.motor]],
        ['chain', { chainIds: ['nev'] }, () => [docs.separator, docs.motor]],
        ['segment', { segmentIds: ['ic.design'] }, () => [docs.mcu]],
        ['province', { provinceAdcodes: ['310000'] }, () => [docs.mcu, docs.photoresist]],
        ['city', { cityAdcodes: ['330100'] }, () => [docs.separator]],
        ['verified', { verifiedOnly: true }, () => [docs.packaging, docs.photoresist, docs.robot]],
        ['radius', { near: { ...PLACES.suzhou.location, radiusKm: 100 } }, () => [docs.packaging, docs.mcu, docs.photoresist, docs.robot]],
      ])('by %s alone', async (_name, filters, expected) => {
        expect((await ids({ filters })).sort()).toEqual(sorted(...expected()));
      });

      it('ANDs fields and ORs the values of one field', async () => {
        expect((await ids({ filters: { provinceAdcodes: ['310000', '330000'] } })).sort()).toEqual(sorted(docs.mcu, docs.photoresist, docs.separator));
        expect(await ids({ filters: { chainIds: ['ic'], provinceAdcodes: ['310000'], kind: 'SUPPLY' } })).toEqual([docs.photoresist.id]);
        expect(await ids({ text: '封装测试', filters: { verifiedOnly: true } })).toEqual([docs.packaging.id]);
      });

      it('cannot be widened by a hostile value', async () => {
        expect(await ids({ filters: { chainIds: ['ic" OR kind = "DEMAND'] } })).toEqual([]);
        expect(await ids({ filters: { segmentIds: ["x' OR '1'='1", 'a\\" OR verified = false OR chainId = \\"'] } })).toEqual([]);
      });
    });

    describe('geo', () => {
      it('sorts by great-circle distance, listings without a place last', async () => {
        const order = await ids({ sort: 'DISTANCE', filters: { near: PLACES.suzhou.location } });
        expect(order.slice(0, 2).sort()).toEqual(sorted(docs.packaging, docs.robot)); // in Suzhou
        expect(order.slice(2, 4).sort()).toEqual(sorted(docs.mcu, docs.photoresist)); // Shanghai, ~85 km
        expect(order.slice(4)).toEqual([docs.separator.id, docs.motor.id, docs.unplaced.id]); // Hangzhou, Hefei, nowhere
      });

      it('sorts by distance within some segments as it does over all, and reads ids alone alike', async () => {
        const near = PLACES.suzhou.location;
        const segmentIds = [docs.photoresist.segmentId, docs.motor.segmentId, docs.packaging.segmentId, docs.packaging.segmentId];
        const inSegments = all.filter((d) => segmentIds.includes(d.segmentId)).map((d) => d.id);
        const overAll = (await ids({ sort: 'DISTANCE', filters: { near } })).filter((id) => inSegments.includes(id));
        expect(overAll.length).toBeGreaterThanOrEqual(3);
        expect(await ids({ sort: 'DISTANCE', filters: { near, segmentIds } })).toEqual(overAll);
        expect(await ids({ sort: 'DISTANCE', filters: { near, segmentIds }, idsOnly: true })).toEqual(overAll);
        expect(await ids({ sort: 'DISTANCE', filters: { near, segmentIds }, offset: 1, limit: 2 })).toEqual(overAll.slice(1, 3));
        const byText = await search({ text: 'photoresist', sort: 'DISTANCE', filters: { near } });
        const idsAlone = await search({ text: 'photoresist', sort: 'DISTANCE', filters: { near }, idsOnly: true });
        expect(idsAlone.hits.map((hit) => hit.id)).toEqual(byText.hits.map((hit) => hit.id));
        expect(byText.hits[0].highlights.length).toBeGreaterThan(0);
        expect(idsAlone.hits.every((hit) => hit.highlights.length === 0)).toBe(true);
      });

      it('combines a radius with text', async () => {
        expect(await ids({ text: 'photoresist', filters: { near: { ...PLACES.hangzhou.location, radiusKm: 100 } } })).toEqual([]);
        expect(await ids({ text: 'photoresist', filters: { near: { ...PLACES.hangzhou.location, radiusKm: 200 } } })).toEqual([docs.photoresist.id]);
      });
    });

    it('counts facets over every match, filters included', async () => {
      const { facets, total } = await search({ limit: 1, facets: true, filters: { chainIds: ['ic', 'nev'] } });
      expect(total).toBe(6);
      expect(facets!.chain).toEqual([{ value: 'ic', count: 4 }, { value: 'nev', count: 2 }]);
      expect(facets!.kind).toEqual([{ value: 'SUPPLY', count: 4 }, { value: 'DEMAND', count: 2 }]);
      expect(facets!.province).toEqual([{ value: '310000', count: 2 }, { value: '320000', count: 2 }, { value: '330000', count: 1 }, { value: '340000', count: 1 }]);
      expect(facets!.city.find((c) => c.value === '320500')).toEqual({ value: '320500', count: 2 });
      expect(facets!.segment.find((s) => s.value === 'ic.packaging')).toEqual({ value: 'ic.packaging', count: 2 });
    });

    it('pages through every match once, in a stable order', async () => {
      for (const sort of ['NEWEST', 'RELEVANCE'] as const) {
        const seen: string[] = [];
        for (let offset = 0; offset < all.length + 3; offset += 3) {
          const page = await search({ sort, offset, limit: 3 });
          expect(page.total).toBe(all.length);
          seen.push(...page.hits.map((hit) => hit.id));
        }
        expect(seen.sort()).toEqual(sorted(...all));
      }
      expect(await ids({ sort: 'NEWEST' })).toEqual([...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((d) => d.id));
    });

    it('reports its documents by id and fingerprint, and their count', async () => {
      const fingerprints = new Map<string, string>();
      for await (const page of engine.fingerprints()) page.forEach(({ id, fingerprint }) => fingerprints.set(id, fingerprint));
      expect(fingerprints).toEqual(new Map(all.map((doc) => [doc.id, fingerprintOf(doc)])));
      expect(await engine.count()).toBe(all.length);
      expect(await engine.health()).toMatchObject({ engine: engine.name, status: 'up' });
    });

    it('replaces a document on upsert, idempotently', async () => {
      const renamed = { ...docs.robot, title: '协作机器人整机供应', description: '负载10kg协作机器人。', version: 2 };
      await engine.upsert([renamed]);
      await engine.upsert([renamed]);
      expect(await ids({ text: '协作机器人' })).toEqual([docs.robot.id]);
      expect(await ids({ text: '六轴' })).toEqual([]);
      expect(await engine.count()).toBe(all.length);
    });

    it('forgets deleted documents (a listing CLOSED), and deleting twice is no error', async () => {
      await engine.delete([docs.mcu.id]);
      await engine.delete([docs.mcu.id, '00000000-0000-4000-8000-999999999999']);
      expect(await ids({ text: 'MCU' })).toEqual([]);
      expect(await ids({ filters: { kind: 'DEMAND' } })).toEqual([docs.motor.id]);
    });

    it('never returns a document past its validity (a listing EXPIRED), deleted yet or not', async () => {
      const expiring = contractDocument({ title: '即将到期的封装测试产能', validUntil: new Date(Date.now() + 60_000).toISOString() });
      await engine.upsert([expiring]);
      expect(await ids({ text: '即将到期' })).toEqual([expiring.id]);
      expect(await ids({ text: '即将到期', now: new Date(Date.now() + 120_000) })).toEqual([]);
      expect(await ids({ filters: { chainIds: ['ic'] }, now: new Date(Date.now() + 120_000) })).not.toContain(expiring.id);
    });

    it('rebuilds into a fresh index swapped in whole', async () => {
      const rebuild = await engine.beginRebuild();
      await rebuild.upsert([docs.packaging, docs.separator]);
      expect(await engine.count()).toBeGreaterThan(2);
      await rebuild.commit();
      expect(await engine.count()).toBe(2);
      expect((await ids({})).sort()).toEqual(sorted(docs.packaging, docs.separator));
      expect(await ids({ text: '封装测试' })).toEqual([docs.packaging.id]);
    });
  });
}

import type { SearchEngine, SearchRequest } from '../engine/search-engine.port.js';
import type { ContractEngine } from './search-engine.contract.js';
import { contractDocument, PLACES } from './contract-documents.js';

const segment = (segmentId: string, segmentNameZh: string, chainId = segmentId.split('.')[0]) => ({ chainId, segmentId, segmentNameZh, segmentNameEn: segmentId });
const BATTERY_MATERIALS = segment('nev.battery_materials', '电池材料（正极、负极、电解液、隔膜）');
const REDUCER = segment('robotics.reducer', '精密减速器');
const API = segment('biomed.api_herbs', '原料药与中药材');
const VEHICLE = segment('nev.vehicle', '整车');
const ROBOT_BODY = segment('robotics.body', '机器人本体');
const IC_DESIGN = segment('ic.design', '芯片设计');
const AI_SENSORS = segment('ai.chips_sensors', 'AI芯片与传感器');
const IC_MATERIALS = segment('ic.materials', '半导体材料');

/** Listings each there to show one relevance promise; the lexicon is the application's own. */
export function relevanceFixtures() {
  return {
    lfp: contractDocument({ title: '磷酸铁锂正极材料', ...BATTERY_MATERIALS, ...PLACES.hefei, keywords: ['磷酸铁锂', '正极材料'], description: '高压实磷酸铁锂，适用于储能和动力电池。' }),
    lfpEnglish: contractDocument({ title: 'LiFePO4 cathode powder for energy storage cells', ...BATTERY_MATERIALS, keywords: ['LFP'], description: 'Carbon-coated lithium iron phosphate, 15 000 t a year.' }),
    electrolyte: contractDocument({ title: '锂电池电解液', ...BATTERY_MATERIALS, keywords: ['电解液', '六氟磷酸锂'], description: '适配磷酸铁锂和三元体系的电解液。' }),
    stuffed: contractDocument({ title: '锂电铜箔 6μm', ...BATTERY_MATERIALS, keywords: ['铜箔', '磷酸铁锂', '正极材料', '电解液', '隔膜', '负极材料', '铜箔'], description: '双面光锂电铜箔。' }),
    separator: contractDocument({ title: '湿法隔膜', ...BATTERY_MATERIALS, keywords: ['隔膜'], description: '9μm湿法隔膜，涂覆可选。' }),
    truck: contractDocument({ title: '重型卡车整车销售', ...VEHICLE, enterpriseNameZh: '安徽某动力电池有限公司', description: '牵引车、载货车批量供应。' }),
    harmonic: contractDocument({ title: '谐波减速器 机器人关节用', ...REDUCER, keywords: ['谐波减速器'], description: '精度≤20弧秒，寿命10000小时。' }),
    strainWave: contractDocument({ title: 'Strain wave gear units for cobot joints', ...REDUCER, description: 'Hollow-shaft strain wave gearing, ratios 50–160.' }),
    rv: contractDocument({ title: 'RV减速器', ...REDUCER, description: '用于工业机器人腰部和大臂。' }),
    autoMcu: contractDocument({ title: '求购车规级32位MCU', ...IC_DESIGN, kind: 'DEMAND', keywords: ['MCU'], description: '年用量60万颗，需AEC-Q100 Grade 1。' }),
    mcu: contractDocument({ title: '32位MCU芯片', ...IC_DESIGN, keywords: ['MCU'], description: 'Cortex-M4内核，工业级。' }),
    wafer12: contractDocument({ title: '12英寸硅片 P型', ...IC_MATERIALS, keywords: ['硅片'], description: '300mm抛光片，月产能20万片。' }),
    wafer8: contractDocument({ title: '8英寸抛光硅片', ...IC_MATERIALS, keywords: ['硅片'], description: '200mm，月产能30万片。' }),
    lidar: contractDocument({ title: '车规级激光雷达', ...AI_SENSORS, keywords: ['激光雷达'], description: '前装量产，通过AEC-Q100认证。' }),
    cobot: contractDocument({ title: '协作机器人整机', ...ROBOT_BODY, keywords: ['协作机器人'], description: '六轴协作机器人，负载5kg，可选配夹爪。' }),
    atorvastatin: contractDocument({ title: 'Atorvastatin Calcium API, USP grade', ...API, description: 'GMP-certified active pharmaceutical ingredient with DMF.' }),
    atorvastatinZh: contractDocument({ title: '阿托伐他汀钙原料药', ...API, description: '符合中国药典标准。' }),
  };
}

/**
 * What a buyer expects of relevance, for every engine: typos in Chinese, cross-language synonyms
 * from the lexicon, broader terms reaching narrower ones, relaxed matching when strict finds too
 * little, field order, keyword stuffing, and no hit on the enterprise's or segment's name alone.
 */
export function describeSearchRelevanceContract(name: string, start: () => Promise<ContractEngine>): void {
  describe(`SearchEngine relevance contract: ${name}`, () => {
    let subject: ContractEngine;
    let engine: SearchEngine;
    const docs = relevanceFixtures();
    const search = (text: string, request: Partial<SearchRequest> = {}) => engine.search({ text, filters: {}, sort: 'RELEVANCE', offset: 0, limit: 20, ...request });
    const ids = async (text: string) => (await search(text)).hits.map((hit) => hit.id);

    beforeAll(async () => {
      subject = await start();
      engine = subject.engine;
      await engine.applySettings();
      await engine.upsert(Object.values(docs));
    });
    afterAll(() => subject?.close());

    it('reads a Chinese typo as the term it sounds like, says so, and ranks it like the term', async () => {
      const result = await search('磷酸铁理');
      expect(result.corrections).toEqual([{ typed: '磷酸铁理', word: '磷酸铁锂' }]);
      expect(result.hits[0].id).toBe(docs.lfp.id);
      expect((await ids('谐波减数器'))[0]).toBe(docs.harmonic.id);
    });

    it('finds the same product across languages', async () => {
      expect((await ids('lithium iron phosphate')).slice(0, 2).sort()).toEqual([docs.lfp.id, docs.lfpEnglish.id].sort());
      expect(await ids('阿托伐他汀钙原料药')).toContain(docs.atorvastatin.id);
      expect(await ids('atorvastatin calcium')).toContain(docs.atorvastatinZh.id);
      expect((await ids('strain wave gear')).slice(0, 2).sort()).toEqual([docs.harmonic.id, docs.strainWave.id].sort());
    });

    it('reaches narrower products from a broader term, never the reverse', async () => {
      expect(await ids('减速器')).toEqual(expect.arrayContaining([docs.harmonic.id, docs.strainWave.id, docs.rv.id]));
      expect(await ids('谐波减速器')).not.toContain(docs.rv.id);
    });

    it('requires both of two space-separated Chinese words, then relaxes, listing fuller matches first', async () => {
      expect((await ids('机器人 减速器')).slice(0, 2)).toContain(docs.harmonic.id);
      const relaxed = await search('谐波减速器 焊接');
      expect(relaxed.droppedTerms).toEqual(['焊接']);
      expect(relaxed.hits[0].id).toBe(docs.harmonic.id);
    });

    it('relaxes "robot reducer" to reducers, not robots: the product head is the term kept', async () => {
      const relaxed = await search('机器人 减速器');
      // Every reducer here says what robots it is for, so the result is strict: dropping 机器人 found nothing more.
      expect(relaxed.droppedTerms).not.toContain('减速器');
      expect(relaxed.hits.map((hit) => hit.id)).toEqual(expect.arrayContaining([docs.harmonic.id, docs.strainWave.id, docs.rv.id]));
      expect(relaxed.hits.map((hit) => hit.id)).not.toContain(docs.cobot.id);
    });

    it('finds a product named by a qualifier and its broader product however the listing words it: 车规 MCU in "车规级32位MCU"', async () => {
      for (const text of ['车规 MCU', '车规MCU', '车规级MCU']) {
        expect({ text, hits: (await search(text, { matching: 'ALL' })).hits.map((hit) => hit.id) }).toEqual({ text, hits: [docs.autoMcu.id] });
      }
      expect(await ids('MCU')).toContain(docs.autoMcu.id);
    });

    it('falls back from a qualified product to its broader product, saying the qualifier was dropped: plain MCUs for 车规 MCU, never the automotive LiDAR', async () => {
      for (const [text, qualifier] of [['车规 MCU', '车规'], ['车规MCU', '车规'], ['车规级MCU', '车规级']]) {
        const all = await search(text);
        expect({ text, hits: all.hits.map((hit) => hit.id), dropped: all.droppedTerms }).toEqual({ text, hits: [docs.autoMcu.id, docs.mcu.id], dropped: [qualifier] });
        const offers = await search(text, { filters: { kind: 'SUPPLY' } });
        expect({ text, hits: offers.hits.map((hit) => hit.id), dropped: offers.droppedTerms }).toEqual({ text, hits: [docs.mcu.id], dropped: [qualifier] });
      }
    });

    it('falls back from a product named in one word with its broader product (外延硅片) the same way, keeping the other terms longer: 12-inch wafers first', async () => {
      expect((await search('12英寸外延硅片', { matching: 'ALL' })).hits).toEqual([]);
      const relaxed = await search('12英寸外延硅片');
      expect(relaxed.hits.map((hit) => hit.id)).toEqual([docs.wafer12.id, docs.wafer8.id]);
      expect(relaxed.droppedTerms[0]).toBe('外延');
    });

    it('ranks the product itself first: LFP cathode above electrolyte, the real product above a stuffed keyword list', async () => {
      expect((await ids('LFP cathode'))[0]).not.toBe(docs.electrolyte.id);
      const lfp = await ids('磷酸铁锂');
      expect(lfp.indexOf(docs.lfp.id)).toBeLessThan(lfp.indexOf(docs.stuffed.id));
      expect(lfp.indexOf(docs.lfpEnglish.id)).toBeLessThan(lfp.indexOf(docs.stuffed.id));
    });

    it('finds nothing on the enterprise or segment name alone', async () => {
      expect(await ids('电池')).not.toContain(docs.truck.id);
      expect(await ids('正极材料')).not.toContain(docs.separator.id);
      expect(await ids('正极材料')).not.toContain(docs.truck.id);
    });
  });
}

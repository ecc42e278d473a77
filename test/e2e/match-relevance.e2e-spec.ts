import { matchingMigrations, MatchRefreshWorker } from '@chainmatch/matching';
import { DataSource } from 'typeorm';
import { signInAdmin, signUpMember, type Member } from '../support/accounts.js';
import { MatchScenario, type ExplanationRow, type Suggested } from '../support/match-scenario.js';
import { publishListing, waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const HAN = /\p{Script=Han}/u;

describe('match relevance: units, roles, chains, hard requirements and explanations from the reader\'s side', () => {
  let api: TestApi;
  let scenario: MatchScenario;
  const member = (key: string, countyAdcode: string, segmentIds: string[]) => scenario.member(key, countyAdcode, segmentIds);
  const post = (key: string, owner: string, input: Record<string, unknown>) => scenario.post(key, owner, input);
  const suggestionsFor = (key: string, asker: string) => scenario.suggestionsFor(key, asker);
  const keyOf = (id: string) => scenario.keyOf(id);
  const ranking = (suggested: Suggested[]) => scenario.ranking(suggested);
  const rowOf = (suggested: Suggested[], key: string, factor: string) => scenario.rowOf(suggested, key, factor);

  beforeAll(async () => {
    api = await startTestApi({ env: { MATCH_WORKER_IN_PROCESS: 'false', MUTATIONS_MAX: '10000' } });
    scenario = new MatchScenario(api);
    // The member story: a Kunshan cell maker needs LFP cathode; a Hefei maker and an English-speaking Ningbo maker offer it.
    await member('cellMaker', '320583', ['nev.battery']);
    await member('hefeiCathode', '340104', ['nev.battery_materials']);
    await member('ningboCathode', '330212', ['nev.battery_materials']);
    await member('otherCellMaker', '320412', ['nev.battery']);
    await post('lfpNeed', 'cellMaker', {
      kind: 'DEMAND', segmentId: 'nev.battery', title: '采购磷酸铁锂正极材料', keywords: ['磷酸铁锂', '正极材料'],
      quantity: { amount: 200, unit: '吨', basis: 'PER_MONTH' }, priceRange: { maxCny: 50_000, unit: '吨' }, certifications: ['IATF 16949'],
    });
    await post('hefeiOffer', 'hefeiCathode', {
      kind: 'SUPPLY', segmentId: 'nev.battery_materials', title: '供应磷酸铁锂正极材料', keywords: ['磷酸铁锂', '正极材料'],
      quantity: { amount: 3000, unit: 't', basis: 'PER_MONTH' }, priceRange: { minCny: 40, maxCny: 45, unit: 'kg' }, certifications: ['IATF 16949:2016'],
    });
    await post('ningboOffer', 'ningboCathode', {
      kind: 'SUPPLY', segmentId: 'nev.battery_materials', title: 'LFP cathode material (lithium iron phosphate) 磷酸铁锂', keywords: ['LFP', 'cathode'],
      quantity: { amount: 36_000, unit: 'tonnes', basis: 'PER_YEAR' }, priceRange: { minCny: 42_000, maxCny: 46_000, unit: 'metric ton' },
    });
    await post('separatorOffer', 'ningboCathode', {
      kind: 'SUPPLY', segmentId: 'nev.battery_materials', title: '湿法隔膜 磷酸铁锂电池用', keywords: ['隔膜'], priceRange: { minCny: 1.57, maxCny: 1.57, unit: 'm²' },
    });
    await post('baggedOffer', 'ningboCathode', {
      kind: 'SUPPLY', segmentId: 'nev.battery_materials', title: '磷酸铁锂正极材料（吨袋装）', keywords: ['磷酸铁锂'], priceRange: { minCny: 46_000, maxCny: 46_000, unit: '袋' },
    });
    await post('competitorCells', 'otherCellMaker', {
      kind: 'SUPPLY', segmentId: 'nev.battery', title: '磷酸铁锂电芯（正极材料自产）', keywords: ['磷酸铁锂', '电芯'],
    });
    await waitForIndex(api);
  }, 120_000);
  afterAll(() => api.close());

  describe('the member story', () => {
    it('ranks both real suppliers above a competing cell maker, whose offer it calls a peer\'s', async () => {
      const suggested = await suggestionsFor('lfpNeed', 'cellMaker');
      const order = ranking(suggested);
      expect(order.slice(0, 2).sort()).toEqual(['hefeiOffer', 'ningboOffer']);
      expect(order.indexOf('competitorCells')).toBeGreaterThan(1);
      expect(order).not.toContain('separatorOffer'); // same segment, made for LFP cells, but no cathode material
      expect(rowOf(suggested, 'competitorCells', 'CHAIN_FIT')).toMatchObject({ value: 0.2, sentenceEn: expect.stringMatching(/^A peer's offer/) });
      expect(rowOf(suggested, 'hefeiOffer', 'CHAIN_FIT').sentenceEn).toBe('Direct upstream: Battery materials (cathode, anode, electrolyte, separator) feeds Traction batteries (cells, BMS)');
    });

    it('tells the buyer about each supplier: place, units and prices in the reader\'s language', async () => {
      const suggested = await suggestionsFor('lfpNeed', 'cellMaker');
      expect(suggested.every((s) => s.viewpoint === 'BUYER')).toBe(true);
      const hefei = (factor: string) => rowOf(suggested, 'hefeiOffer', factor);
      expect(hefei('DISTANCE').sentenceEn).toMatch(/^The supplier is \d+ km away, in Shushan, Hefei, Anhui — cross-province(; only \d+ offers can supply this need, so distance counts less)?$/);
      expect(hefei('DISTANCE').sentenceZh).toMatch(/^供方相距\d+公里，位于安徽省合肥市蜀山区（跨省）(；.*)?$/);
      expect(hefei('QUANTITY_FIT')).toMatchObject({ value: 1, sentenceEn: 'The offer\'s 3,000 t a month covers the 200 t a month needed', sentenceZh: '供给每月3000吨足以满足需求每月200吨' });
      expect(hefei('PRICE_OVERLAP')).toMatchObject({ value: 1, sentenceEn: 'The offer\'s ¥40–45/kg (¥40,000/t) is within the budget of up to ¥50,000/t' });
      expect(hefei('CERTIFICATIONS')).toMatchObject({ value: 1, sentenceEn: 'Holds every certification wanted: IATF 16949' });
      const products = { sentenceZh: '供给写明了需求的2/2个产品：磷酸铁锂、正极材料', sentenceEn: 'The offer names 2 of the 2 products needed: lithium iron phosphate, cathode material' };
      expect(hefei('TEXT_RELEVANCE')).toMatchObject(products);
      expect(rowOf(suggested, 'ningboOffer', 'TEXT_RELEVANCE')).toMatchObject(products);
      expect(hefei('TEXT_RELEVANCE').value).toBeGreaterThan(0.9);
      expect(rowOf(suggested, 'ningboOffer', 'QUANTITY_FIT').sentenceEn).toBe('The offer\'s 36,000 t a year (3,000 t a month) covers the 200 t a month needed');
      expect(rowOf(suggested, 'baggedOffer', 'PRICE_OVERLAP')).toMatchObject({ value: 0.5, sentenceEn: 'The offer is priced per bag and the budget per t: they cannot be compared' });
      const english = suggested.flatMap((s) => s.explanation.map((r) => r.sentenceEn));
      expect(english.filter((sentence) => HAN.test(sentence))).toEqual([]);
    });

    it('tells the supplier about the buyer, from the supplier\'s side, with the same score', async () => {
      const forBuyer = rowOf(await suggestionsFor('lfpNeed', 'cellMaker'), 'hefeiOffer', 'DISTANCE');
      const suggested = await suggestionsFor('hefeiOffer', 'hefeiCathode');
      const buyer = suggested.find((s) => keyOf(s.counterpartListingId) === 'lfpNeed')!;
      expect(buyer.viewpoint).toBe('SUPPLIER');
      const distance = buyer.explanation.find((r) => r.factor === 'DISTANCE')!;
      expect(distance.sentenceEn).toMatch(/^The buyer is \d+ km away, in Kunshan, Suzhou, Jiangsu — cross-province(; only \d+ offers can supply this need, so distance counts less)?$/);
      expect(distance.sentenceZh).toMatch(/^采购方相距\d+公里，位于江苏省苏州市昆山市（跨省）(；.*)?$/);
      expect(distance.value).toBe(forBuyer.value);
      const buyerScore = (await suggestionsFor('lfpNeed', 'cellMaker')).find((s) => keyOf(s.counterpartListingId) === 'hefeiOffer')!.score;
      expect(buyer.score).toBe(buyerScore);
    });

    it('prints the story: the buyer\'s two suppliers and each supplier\'s buyer, in both languages, wholly in each', async () => {
      const told = (title: string, suggested: Suggested[], key: string) => {
        const { score, viewpoint, explanation } = suggested.find((s) => keyOf(s.counterpartListingId) === key)!;
        return [`${title} (score ${score.toFixed(3)}, viewpoint ${viewpoint})`, ...explanation.map((r) => `  ${r.factor}: ${r.sentenceZh} | ${r.sentenceEn}`)];
      };
      const buyer = await suggestionsFor('lfpNeed', 'cellMaker');
      const lines = [
        ...told('Kunshan buyer reads about the Hefei supplier', buyer, 'hefeiOffer'),
        ...told('Kunshan buyer reads about the English-speaking Ningbo supplier', buyer, 'ningboOffer'),
        ...told('Hefei supplier reads about the Kunshan buyer', await suggestionsFor('hefeiOffer', 'hefeiCathode'), 'lfpNeed'),
        ...told('Ningbo supplier reads about the Kunshan buyer', await suggestionsFor('ningboOffer', 'ningboCathode'), 'lfpNeed'),
      ];
      console.log(lines.join('\n'));
      expect(lines.filter((line) => line.includes(' | ')).map((line) => line.split(' | ')[1]).filter((en) => HAN.test(en))).toEqual([]);
    });

    it('stores the match once and explains it to each party from their side, and to curators as they choose', async () => {
      await waitForIndex(api);
      await api.app.get(MatchRefreshWorker).drainUntilIdle();
      const [{ id }] = await api.sql(`SELECT id FROM match WHERE demand_listing_id = $1 AND supply_listing_id = $2`, [scenario.idOf('lfpNeed'), scenario.idOf('hefeiOffer')]);
      const read = `query($id: ID!, $viewpoint: MatchViewpoint) { match(id: $id) { explanation(viewpoint: $viewpoint) { factor sentenceEn } } }`;
      const distance = async (client: Member['graphql'], viewpoint?: string) =>
        (await client.data(read, { id, viewpoint })).match.explanation.find((r: ExplanationRow) => r.factor === 'DISTANCE').sentenceEn;
      expect(await distance(scenario.memberOf('cellMaker').graphql)).toMatch(/^The supplier is .* in Shushan, Hefei, Anhui/);
      expect(await distance(scenario.memberOf('hefeiCathode').graphql)).toMatch(/^The buyer is .* in Kunshan, Suzhou, Jiangsu/);
      const admin = await signInAdmin(api);
      expect(await distance(admin.graphql)).toMatch(/^The supplier is/);
      expect(await distance(admin.graphql, 'SUPPLIER')).toMatch(/^The buyer is/);
    });
  });

  describe('hard requirements, cross-chain retrieval, scarcity and prices', () => {
    beforeAll(async () => {
      await member('fab', '320214', ['ic.fab']);
      await member('licensedHandler', '320506', ['eco.operation']);
      await member('unlicensedHandler', '320214', ['eco.operation']);
      await post('wasteNeed', 'fab', {
        kind: 'DEMAND', segmentId: 'eco.operation', title: '危险废物处置服务（废有机溶剂）', keywords: ['危险废物', '废有机溶剂'],
        mandatoryCertifications: ['危险废物经营许可证'], certifications: ['ISO 14001'],
      });
      await post('licensedOffer', 'licensedHandler', {
        kind: 'SUPPLY', segmentId: 'eco.operation', title: '危险废物处置服务', keywords: ['危险废物'], certifications: ['危险废物经营许可证', 'ISO 14001:2015'],
      });
      await post('unlicensedOffer', 'unlicensedHandler', {
        kind: 'SUPPLY', segmentId: 'eco.operation', title: '危险废物处置 废有机溶剂', keywords: ['危险废物', '废有机溶剂'], certifications: ['ISO 14001'],
      });
      await member('engineMaker', '310112', ['aircraft.engine']);
      await member('forgeShop', '310115', ['aircraft.engine']);
      await member('superalloys', '340602', ['new_materials.metal_structural']);
      await post('superalloyNeed', 'engineMaker', { kind: 'DEMAND', segmentId: 'aircraft.engine', title: '采购GH4169高温合金棒材', keywords: ['高温合金', 'GH4169'] });
      await post('forgings', 'forgeShop', { kind: 'SUPPLY', segmentId: 'aircraft.engine', title: '高温合金盘件锻件加工', keywords: ['锻件', '高温合金'] });
      await post('superalloyOffer', 'superalloys', { kind: 'SUPPLY', segmentId: 'new_materials.metal_structural', title: 'GH4169高温合金棒材', keywords: ['高温合金', 'GH4169'] });
      await member('hospital', '330106', ['biomed.providers']);
      await member('monitorMaker', '320114', ['health.devices']);
      await post('monitorNeed', 'hospital', { kind: 'DEMAND', segmentId: 'biomed.devices', title: '采购多参数监护仪', keywords: ['监护仪'] });
      await post('monitorOffer', 'monitorMaker', { kind: 'SUPPLY', segmentId: 'health.devices', title: '多参数监护仪供应', keywords: ['监护仪'] });
      await member('pharma', '320506', ['biomed.chem_drugs']);
      await member('vialMaker', '320412', ['biomed.excipients_packaging']);
      await member('vialImporter', '320506', ['biomed.excipients_packaging']);
      await post('vialNeed', 'pharma', {
        kind: 'DEMAND', segmentId: 'biomed.chem_drugs', title: '采购中硼硅玻璃管制瓶', keywords: ['管制瓶', '中硼硅'], priceRange: { maxCny: 1, unit: '支' },
      });
      await post('domesticVials', 'vialMaker', { kind: 'SUPPLY', segmentId: 'biomed.excipients_packaging', title: '中硼硅玻璃管制瓶', keywords: ['管制瓶'], priceRange: { minCny: 0.8, maxCny: 0.9, unit: '支' } });
      await post('importedVials', 'vialImporter', {
        kind: 'SUPPLY', segmentId: 'biomed.excipients_packaging', title: '进口中硼硅玻璃管制瓶', keywords: ['管制瓶', '中硼硅'], priceRange: { minCny: 12, maxCny: 15, unit: 'vials' },
      });
      await waitForIndex(api);
    }, 120_000);

    it('never suggests a supplier lacking a certification the need marks as mandatory', async () => {
      expect(ranking(await suggestionsFor('wasteNeed', 'fab'))).toEqual(['licensedOffer']);
    });

    it('finds the superalloy maker filed under new materials 550 km away, not the nearby forge, distance weighing less as suppliers are few', async () => {
      const suggested = await suggestionsFor('superalloyNeed', 'engineMaker');
      // The forge names 高温合金 as the material of its forgings: no offer of superalloy bars, nor counted as one.
      expect(ranking(suggested)).toEqual(['superalloyOffer']);
      expect(rowOf(suggested, 'superalloyOffer', 'CHAIN_FIT').sentenceEn).toMatch(/^Direct upstream: .* \(across chains\)$/);
      expect(rowOf(suggested, 'superalloyOffer', 'DISTANCE').sentenceEn).toMatch(/only 1 offer can supply this need, so distance counts less$/);
    });

    it('meets medical devices across the biomedicine and health chains', async () => {
      const suggested = await suggestionsFor('monitorNeed', 'hospital');
      expect(ranking(suggested)).toEqual(['monitorOffer']);
      expect(rowOf(suggested, 'monitorOffer', 'CHAIN_FIT').sentenceEn).toMatch(/^Equivalent segments of two chains/);
    });

    it('penalises an offer priced far above the budget in proportion', async () => {
      const suggested = await suggestionsFor('vialNeed', 'pharma');
      expect(ranking(suggested)).toEqual(['domesticVials', 'importedVials']);
      const [domestic, imported] = suggested;
      expect(imported.score / domestic.score).toBeLessThan(0.1);
      expect(rowOf(suggested, 'importedVials', 'PRICE_OVERLAP').sentenceEn).toBe('The offer\'s ¥12–15/vial is 12.0× the budget of up to ¥1/vial: the score is scaled to 8%');
    });
  });
});

describe('explanations stored before viewpoints', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ env: { MATCH_WORKER_IN_PROCESS: 'false' } });
  });
  afterAll(() => api.close());

  it('keep their one reading for both parties', async () => {
    const buyer = await signUpMember(api, { segmentIds: ['ic.fab'] });
    const seller = await signUpMember(api, { countyAdcode: '320214', segmentIds: ['ic.materials'] });
    const demand = await publishListing(buyer, { kind: 'DEMAND', segmentId: 'ic.fab', title: '采购12英寸硅片' });
    const supply = await publishListing(seller, { segmentId: 'ic.materials', title: '供应12英寸硅片' });
    const legacy = [{ factor: 'DISTANCE', value: 0.9, weight: 0.15, contribution: 0.1, sentenceZh: '相距 86 公里，位于江苏省（同省）', sentenceEn: '86 km away, in Jiangsu — same province' }];
    const [{ id }] = await api.sql(`INSERT INTO match (demand_listing_id, supply_listing_id, demand_enterprise_id, supply_enterprise_id, chain_id,
      segment_id, demand_province_adcode, supply_province_adcode, score, explanation) VALUES ($1, $2, $3, $4, 'ic', 'ic.fab', '320000', '320000', 0.5, $5)
      RETURNING id`, [demand.id, supply.id, buyer.enterpriseId, seller.enterpriseId, JSON.stringify(legacy)]);
    const migration = matchingMigrations.find((m) => m.name === 'ExplanationViewpoints1764000060300')!;
    const queryRunner = api.app.get(DataSource).createQueryRunner();
    await new migration().up(queryRunner);
    await queryRunner.release();
    const read = `query($id: ID!) { match(id: $id) { explanation { factor sentenceEn } } }`;
    expect((await seller.graphql.data(read, { id })).match.explanation).toEqual([{ factor: 'DISTANCE', sentenceEn: '86 km away, in Jiangsu — same province' }]);
    expect((await buyer.graphql.data(read, { id })).match.explanation).toEqual([{ factor: 'DISTANCE', sentenceEn: '86 km away, in Jiangsu — same province' }]);
  });
});

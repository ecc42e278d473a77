import { MatchScenario, type Suggested } from '../support/match-scenario.js';
import { waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

/**
 * Product relevance: suggestions led by what is offered and needed, retrieved by it however far and
 * however many listings lie nearer. Each case is one item of the relevance issue, on listings of its
 * own products so that the cases do not meet. A small candidate budget stands in for a busy market.
 */
describe('match relevance: product fit and retrieval by product', () => {
  let api: TestApi;
  let scenario: MatchScenario;
  const ranking = (suggested: Suggested[]) => scenario.ranking(suggested);
  const HAN = /\p{Script=Han}/u;

  beforeAll(async () => {
    api = await startTestApi({ env: { MATCH_WORKER_IN_PROCESS: 'false', MUTATIONS_MAX: '10000', MATCH_CANDIDATES: '20' } });
    scenario = new MatchScenario(api);
    const { member, post } = { member: scenario.member.bind(scenario), post: scenario.post.bind(scenario) };
    // A robot maker needs RV reducers; reducer makers of other kinds and a servo maker are near.
    await member('robotMaker', '310114', ['robotics.body']);
    await member('rvMaker', '330212', ['robotics.reducer']);
    await member('harmonicMaker', '320506', ['robotics.reducer']);
    await member('servoMaker', '310112', ['robotics.servo']);
    await post('rvNeed', 'robotMaker', { kind: 'DEMAND', segmentId: 'robotics.body', title: '采购RV减速器（关节用）', keywords: ['RV减速器'] });
    await post('rvOffer', 'rvMaker', { segmentId: 'robotics.reducer', title: 'RV减速器 机器人关节专用', keywords: ['RV减速器', '精密减速器'] });
    await post('harmonicOffer', 'harmonicMaker', { segmentId: 'robotics.reducer', title: '谐波减速器 小型协作机器人用', keywords: ['谐波减速器'] });
    await post('planetaryOffer', 'harmonicMaker', { segmentId: 'robotics.reducer', title: '精密行星减速机', keywords: ['行星减速器'] });
    await post('servoOffer', 'servoMaker', { segmentId: 'robotics.servo', title: '交流伺服电机及驱动器', keywords: ['伺服电机'] });
    // A motor maker buys hairpin stators; another motor maker offers motors, a stator maker stators.
    await member('motorMaker', '320412', ['nev.motor']);
    await member('otherMotorMaker', '320506', ['nev.motor']);
    await member('statorMaker', '330502', ['nev.motor']);
    await post('statorNeed', 'motorMaker', { kind: 'DEMAND', segmentId: 'nev.motor', title: '采购扁线定子总成', keywords: ['定子总成', '扁线'] });
    await post('motorOffer', 'otherMotorMaker', { segmentId: 'nev.motor', title: '永磁同步驱动电机', keywords: ['驱动电机'] });
    await post('statorOffer', 'statorMaker', { segmentId: 'nev.motor', title: '扁线定子总成 批量供货', keywords: ['定子总成', '扁线'] });
    // A sputtering-target maker looks for buyers: a fab needs targets, another target maker copper ingots.
    await member('targetMaker', '330206', ['ic.materials']);
    await member('otherTargetMaker', '320585', ['ic.materials']);
    await member('fab', '320214', ['ic.fab']);
    await post('targetOffer', 'targetMaker', { segmentId: 'ic.materials', title: '高纯铜溅射靶材', keywords: ['溅射靶材'] });
    await post('ingotNeed', 'otherTargetMaker', { kind: 'DEMAND', segmentId: 'ic.materials', title: '采购无氧铜锭（靶材坯料）', keywords: ['无氧铜锭'] });
    await post('targetNeed', 'fab', { kind: 'DEMAND', segmentId: 'ic.fab', title: '采购铜靶材、钽靶材', keywords: ['溅射靶材'] });
    // A cell maker needs LFP cathode: a real maker far off; near, a copper-foil maker stuffing its keywords and a trader listing everything.
    await member('cellMaker', '320583', ['nev.battery']);
    await member('lfpMaker', '340104', ['nev.battery_materials']);
    await member('foilMaker', '320583', ['nev.battery_materials']);
    await member('trader', '320506', ['nev.battery_materials']);
    await post('lfpNeed', 'cellMaker', { kind: 'DEMAND', segmentId: 'nev.battery', title: '采购磷酸铁锂正极材料', keywords: ['磷酸铁锂', '正极材料'] });
    await post('lfpOffer', 'lfpMaker', { segmentId: 'nev.battery_materials', title: '磷酸铁锂正极材料', keywords: ['磷酸铁锂', 'LFP'] });
    await post('stuffedFoil', 'foilMaker', {
      segmentId: 'nev.battery_materials', title: '6μm锂电铜箔', keywords: ['锂电铜箔', '磷酸铁锂', '正极材料', '三元材料', '电解液', '隔膜'],
    });
    await post('traderOffer', 'trader', {
      segmentId: 'nev.battery_materials', title: '锂电材料贸易：磷酸铁锂、三元材料、人造石墨、电解液、隔膜、铜箔', keywords: ['磷酸铁锂'],
    });
    // An electrolyte maker needs LiPF6 by the month; a foil maker near offers foil by the month.
    await member('electrolyteMaker', '320412', ['nev.battery_materials']);
    await member('saltMaker', '330502', ['nev.battery_materials']);
    await post('saltNeed', 'electrolyteMaker', {
      kind: 'DEMAND', segmentId: 'nev.battery_materials', title: '采购六氟磷酸锂，每月20吨', quantity: { amount: 20, unit: '吨', basis: 'PER_MONTH' },
    });
    await post('saltOffer', 'saltMaker', { segmentId: 'nev.battery_materials', title: '六氟磷酸锂（LiPF6）', quantity: { amount: 300, unit: 't', basis: 'PER_MONTH' } });
    await post('foilByMonth', 'foilMaker', { segmentId: 'nev.battery_materials', title: '供应锂电铜箔，每月20吨', quantity: { amount: 20, unit: '吨', basis: 'PER_MONTH' } });
    // A Wuxi fab needs 12-inch wafers: 24 suppliers of other materials lie nearer than the one wafer maker, 450 km off.
    await member('nearMaterials', '320213', ['ic.materials']);
    const others = ['KrF光刻胶', 'ArF光刻胶', '高纯氨气', '高纯氯气', '三氟化氮', 'CMP抛光液', 'CMP抛光垫', '湿电子化学品', '高纯硫酸', '高纯双氧水', '光刻胶稀释剂', '显影液'];
    for (const [i, title] of [...others, ...others].entries()) {
      await post(`nearMaterial${i}`, 'nearMaterials', { segmentId: 'ic.materials', title: `${title}供应（${i < others.length ? '现货' : '批量'}）` });
    }
    await member('waferMaker', '340602', ['ic.materials']);
    await post('waferNeed', 'fab', { kind: 'DEMAND', segmentId: 'ic.fab', title: '采购12英寸硅片', keywords: ['硅片', '300mm'] });
    await post('waferOffer', 'waferMaker', { segmentId: 'ic.materials', title: '12英寸抛光硅片', keywords: ['硅片'] });
    // A weaving mill files its need for palletising robots under weaving; a robot maker offers them.
    await member('weavingMill', '330603', ['textile.weaving']);
    await member('robotBuilder', '320505', ['robotics.body']);
    await post('palletiserNeed', 'weavingMill', { kind: 'DEMAND', segmentId: 'textile.weaving', title: '采购码垛机器人（布卷搬运）', keywords: ['码垛机器人'] });
    await post('palletiserOffer', 'robotBuilder', { segmentId: 'robotics.body', title: '四轴码垛机器人', keywords: ['码垛机器人', '工业机器人'] });
    await waitForIndex(api);
  }, 180_000);
  afterAll(() => api.close());

  it('suggests nothing that names none of the products needed, however near and in whichever feeding segment', async () => {
    expect(ranking(await scenario.suggestionsFor('rvNeed', 'robotMaker'))).toEqual(['rvOffer']);
  });

  it('offers a motor maker stators, not another motor maker\'s motors', async () => {
    const suggested = await scenario.suggestionsFor('statorNeed', 'motorMaker');
    expect(ranking(suggested)).toEqual(['statorOffer']);
    expect(scenario.rowOf(suggested, 'statorOffer', 'CHAIN_FIT').sentenceEn).toBe('The supplier\'s segment (Traction motors) makes what is needed');
  });

  it('offers a target maker the fab that buys targets, not another target maker buying copper ingots', async () => {
    expect(ranking(await scenario.suggestionsFor('targetOffer', 'targetMaker'))).toEqual(['targetNeed']);
  });

  it('ranks the real LFP maker 400 km away first: a keyword list of other products buys nothing, a list of everything little', async () => {
    const suggested = await scenario.suggestionsFor('lfpNeed', 'cellMaker');
    expect(ranking(suggested)).toEqual(['lfpOffer', 'traderOffer']);
    expect(scenario.rowOf(suggested, 'traderOffer', 'TEXT_RELEVANCE').sentenceEn).toMatch(/; it lists \d+ products at once, so each counts for less$/);
  });

  it('takes no unit, quantity or time word for a product, in the ranking or in the explanation', async () => {
    const suggested = await scenario.suggestionsFor('saltNeed', 'electrolyteMaker');
    expect(ranking(suggested)).toEqual(['saltOffer']);
    expect(scenario.rowOf(suggested, 'saltOffer', 'TEXT_RELEVANCE')).toMatchObject({
      value: 1, sentenceZh: '供给写明了需求的1/1个产品：六氟磷酸锂', sentenceEn: 'The offer names 1 of the 1 products needed: lithium hexafluorophosphate',
    });
  });

  it('retrieves the one supplier of the product beyond the nearest candidates, and ranks it first', async () => {
    const suggested = await scenario.suggestionsFor('waferNeed', 'fab');
    expect(ranking(suggested)[0]).toBe('waferOffer');
    expect(ranking(suggested).filter((key) => key?.startsWith('nearMaterial'))).toEqual([]);
    expect(scenario.rowOf(suggested, 'waferOffer', 'DISTANCE').sentenceEn).toMatch(/^The supplier is \d{3} km away, in Duji, Huaibei, Anhui — cross-province; only 1 offer can supply this need, so distance counts less$/);
  });

  it('reaches across chains to the segment that makes the product, wherever the buyer filed its need', async () => {
    const suggested = await scenario.suggestionsFor('palletiserNeed', 'weavingMill');
    expect(ranking(suggested)).toEqual(['palletiserOffer']);
    const chainFit = scenario.rowOf(suggested, 'palletiserOffer', 'CHAIN_FIT');
    expect(chainFit.value).toBe(0.8);
    expect(HAN.test(chainFit.sentenceEn)).toBe(false);
  });
});

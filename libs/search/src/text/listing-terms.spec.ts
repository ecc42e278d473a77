import { readLexiconFiles } from '@chainmatch/lexicon';
import { SAMPLE_GROUPS, textTools } from '../testing/text-tools.js';
import { listingTerms, needProducts, offerKeysOf } from './listing-terms.js';

describe('listingTerms', () => {
  const tools = textTools();
  const products = (title: string, keywords: string[] = [], description = '') => needProducts({ title, keywords, description }, tools);
  const offer = (title: string, keywords: string[] = [], description = '') => offerKeysOf({ title, keywords, description }, tools);

  it('reads a need for its products and an offer for its keys, the other side left empty', () => {
    const text = { title: '磷酸铁锂正极材料', keywords: ['磷酸铁锂'], description: '磷酸铁锂正极材料，压实密度2.4' };
    const need = listingTerms({ ...text, kind: 'DEMAND' }, tools);
    const supply = listingTerms({ ...text, kind: 'SUPPLY' }, tools);
    expect(need.products).toEqual(products(text.title, text.keywords, text.description));
    expect(need.products.length).toBeGreaterThan(0);
    expect(need.offer).toEqual({ title: [], qualifiers: [], keywords: [], description: [], incidental: [], breadth: 0 });
    expect(supply.offer).toEqual(offer(text.title, text.keywords, text.description));
    expect(supply.offer.title.length).toBeGreaterThan(0);
    expect(supply.products).toEqual([]);
  });

  it('reads a listing\'s products from its title, then its keywords, leaving out trade words and amounts', () => {
    expect(products('采购磷酸铁锂，每月200吨', ['正极材料', '磷酸铁锂'])).toEqual([
      { tokens: ['磷酸铁锂'], groupIds: ['nev.lfp'], role: 'HEAD' },
      { tokens: ['吨'], groupIds: [], role: 'MAIN' },
      { tokens: ['正极材料'], groupIds: ['nev.cathode'], role: 'KEYWORD' },
    ]);
  });

  it('takes a clause\'s last lexicon term for what is traded, a remark for less, and leaves out what the product is for', () => {
    expect(products('采购集成电路封装测试（磷酸铁锂）', [], '').map((t) => [t.groupIds[0] ?? t.tokens.join(''), t.role])).toEqual([
      ['ic.chip', 'MODIFIER'], ['ic.osat', 'HEAD'], ['nev.lfp', 'ASIDE'],
    ]);
    expect(products('集成电路：封装测试').map((t) => t.role)).toEqual(['HEAD', 'ASIDE']);
    expect(products('磷酸铁锂 正极材料').map((t) => [t.groupIds[0], t.role])).toEqual([['nev.lfp', 'HEAD'], ['nev.cathode', 'HEAD']]);
    expect(products('采购磷酸铁锂的正极材料').map((t) => [t.groupIds[0], t.role])).toEqual([['nev.lfp', 'HEAD'], ['nev.cathode', 'MAIN']]);
    expect(products('采购：封装测试').map((t) => t.role)).toEqual(['HEAD']);
    expect(products('谐波减速器（机器人关节用）').map((t) => t.groupIds[0])).toEqual(['robotics.harmonic']);
    // A remark or a detail naming narrower kinds of the head names what is traded; the head is their class.
    expect(products('采购正极材料（磷酸铁锂）').map((t) => [t.groupIds[0], t.role])).toEqual([['nev.cathode', 'MAIN'], ['nev.lfp', 'HEAD']]);
    expect(products('采购正极材料：磷酸铁锂、三元材料').map((t) => [t.groupIds[0], t.role])).toEqual([['nev.cathode', 'MAIN'], ['nev.lfp', 'HEAD'], ['nev.ncm', 'HEAD']]);
    const forMotors = offer('Harmonic reducers for industrial robots');
    expect(forMotors.title).toContain('@g:robotics.harmonic');
    expect(forMotors.title).not.toContain('@g:robotics.robot');
    expect(forMotors.incidental).toContain('@g:robotics.robot');
  });

  it('keeps apart what an offer\'s title names only to qualify its product: a material before a service, a product before another', () => {
    const osat = offer('承接集成电路封装测试');
    expect(osat.qualifiers).toEqual(['@g:ic.chip']);
    expect(osat.title).toContain('@g:ic.osat');
    expect(osat.title).not.toContain('@g:ic.chip');
    expect(osat.breadth).toBe(1);
    expect(offer('集成电路、封装测试').qualifiers).toEqual([]);
  });

  it('keeps an offer\'s words as written: a long product name does not also name what is inside it', () => {
    const ncm = offer('三元正极材料');
    expect(ncm.title).toEqual(expect.arrayContaining(['@g:nev.ncm', '@u:nev.cathode']));
    expect(ncm.title).not.toContain('@g:nev.cathode');
  });

  it('takes a keyword for a broader product as said by a title naming a narrower one', () => {
    expect(offer('供应磷酸铁锂', ['正极材料']).keywords).toEqual(expect.arrayContaining(['@g:nev.cathode']));
  });

  it('sets apart keywords that nothing else in the listing says, and counts how many products the listing names', () => {
    const stuffed = offer('谐波减速器', ['谐波减速器', '磷酸铁锂', '阿托伐他汀钙', '集成电路']);
    expect(stuffed.keywords).toContain('@g:robotics.harmonic');
    expect(stuffed.incidental).toEqual(expect.arrayContaining(['@g:nev.lfp', '@g:biomed.atorvastatin', '@g:ic.chip']));
    expect(stuffed.breadth).toBe(1);
    const broad = offer('磷酸铁锂 谐波减速器 集成电路 封装测试');
    expect(broad.breadth).toBe(4);
  });

  it('keys a narrower product an offer names as its qualifier and a product of its class apart, the words standing together', () => {
    const wafer = (id: string, zh: string[], broader?: string) => ({ id, chainId: 'ic', segments: [], type: 'MATERIAL' as const, zh, variants: [], en: [], abbr: [], broader });
    const waferTools = textTools([
      ...SAMPLE_GROUPS, wafer('ic.silicon-wafer', ['硅片']), wafer('ic.wafer-300', ['12英寸硅片', '300mm硅片'], 'ic.silicon-wafer'),
      wafer('ic.wafer-200', ['8英寸硅片'], 'ic.silicon-wafer'), wafer('ic.epi-wafer', ['外延硅片', '外延片'], 'ic.silicon-wafer'),
    ]);
    const offer = (title: string, keywords: string[] = [], description = '') => offerKeysOf({ title, keywords, description }, waferTools);
    const epi = offer('12英寸外延硅片供应', ['外延片', '12英寸']);
    expect(epi.title).toEqual(expect.arrayContaining(['@g:ic.epi-wafer', '@q:ic.wafer-300']));
    expect(epi.keywords).toContain('@q:ic.wafer-300');
    expect(epi.title).not.toContain('@q:ic.wafer-200');
    expect(offer('300mm外延片').title).toContain('@q:ic.wafer-300');
    expect(offer('大尺寸硅片（12英寸）').title).toContain('@q:ic.wafer-300');
    expect(offer('8英寸外延片').title).not.toContain('@q:ic.wafer-300');
    expect(offer('外延片，质保12个月，尺寸：8英寸').title).not.toContain('@q:ic.wafer-300');
    // The size beside no wafer, or a wafer the title names only to qualify a service, keys nothing.
    expect(offer('12英寸晶圆封装测试').title.some((key) => key.startsWith('@q:'))).toBe(false);
    expect(offer('12英寸硅片封装测试').title.some((key) => key.startsWith('@q:'))).toBe(false);
    expect(epi.breadth).toBe(1);
  });

  it('keys a narrower product whose Chinese name holds its broader product\'s around the qualifier (医用外科口罩: 医用 外科 口罩)', () => {
    const kind = (id: string, zh: string[], broader?: string) => ({ id, chainId: 'biomed', segments: [], type: 'PRODUCT' as const, zh, variants: [], en: [], abbr: [], broader });
    const maskTools = textTools([
      ...SAMPLE_GROUPS, kind('biomed.medical-mask', ['医用口罩']), kind('biomed.surgical-mask', ['医用外科口罩', '外科口罩'], 'biomed.medical-mask'),
      kind('aircraft.electromechanical', ['机电系统']), kind('aircraft.power-system', ['机载配电系统'], 'aircraft.electromechanical'),
    ]);
    const offer = (title: string) => offerKeysOf({ title, keywords: [], description: '' }, maskTools);
    expect(offer('一次性医用口罩（外科/普通）').title).toEqual(expect.arrayContaining(['@g:biomed.medical-mask', '@q:biomed.surgical-mask']));
    expect(offer('医用口罩').title).not.toContain('@q:biomed.surgical-mask');
    // Halves of one character are no words of the name: 机 | 载配 | 电系统 is no reading of 机载配电系统.
    expect(offer('机电系统 载配').title).not.toContain('@q:aircraft.power-system');
  });

  it('reads a need\'s head as the narrower product its title names as one of that class and the qualifying words (硅片 + 8英寸)', () => {
    const wafer = (id: string, zh: string[], en: string[], broader?: string) => ({ id, chainId: 'ic', segments: [], type: 'MATERIAL' as const, zh, variants: [], en, abbr: [], broader });
    const waferTools = textTools([
      ...SAMPLE_GROUPS, wafer('ic.silicon-wafer', ['硅片'], ['silicon wafer']), wafer('ic.wafer-300', ['12英寸硅片'], ['12-inch wafer'], 'ic.silicon-wafer'),
      wafer('ic.wafer-200', ['8英寸硅片'], [], 'ic.silicon-wafer'), wafer('ic.epi-wafer', ['外延硅片'], [], 'ic.silicon-wafer'),
      wafer('ic.epi-300', ['12英寸外延硅片'], [], 'ic.epi-wafer'),
    ]);
    const head = (title: string) => needProducts({ title, keywords: [], description: '' }, waferTools).find((term) => term.role === 'HEAD')?.groupIds;
    expect(head('招募8英寸抛光硅片合格供应商')).toEqual(['ic.wafer-200']);
    expect(head('采购硅片（8英寸）')).toEqual(['ic.wafer-200']);
    expect(head('Buyer needs 12-inch silicon wafers')).toEqual(['ic.wafer-300']);
    expect(head('采购外延硅片，12英寸')).toEqual(['ic.epi-300']);
    expect(head('采购硅片')).toEqual(['ic.silicon-wafer']);
    // The size must stand as written: 8 and 英寸 apart are no 8英寸.
    expect(head('采购硅片8片，尺寸英寸')).toEqual(['ic.silicon-wafer']);
  });

  it('keys an English offer the same way: the qualifier before the head noun its broader product\'s name ends in (12-inch wafer, silicon wafer)', () => {
    const wafer = (id: string, en: string[], broader?: string) => ({ id, chainId: 'ic', segments: [], type: 'MATERIAL' as const, zh: [], variants: [], en, abbr: [], broader });
    const waferTools = textTools([
      ...SAMPLE_GROUPS, wafer('ic.silicon-wafer', ['silicon wafer']), wafer('ic.wafer-300', ['12-inch wafer'], 'ic.silicon-wafer'),
      wafer('ic.wafer-200', ['8-inch wafer'], 'ic.silicon-wafer'), wafer('ic.epi-wafer', ['epi wafer'], 'ic.silicon-wafer'),
    ]);
    const offer = (title: string) => offerKeysOf({ title, keywords: [], description: '' }, waferTools);
    expect(offer('12-inch epi wafers for power devices').title).toEqual(expect.arrayContaining(['@g:ic.epi-wafer', '@q:ic.wafer-300']));
    expect(offer('Prime silicon wafers, 12-inch').title).toContain('@q:ic.wafer-300');
    expect(offer('8-inch epi wafers').title).not.toContain('@q:ic.wafer-300');
    expect(offer('12-inch epi wafers').title).not.toContain('@q:ic.wafer-200');
  });

  it('reads a material before a product as what the product is made of: the offer trades the product, not the material', () => {
    const cellTools = textTools([
      ...SAMPLE_GROUPS, { id: 'nev.cell', chainId: 'nev', segments: [], type: 'PRODUCT', zh: ['电芯'], variants: [], en: ['battery cell'], abbr: [] },
      { id: 'nev.lfp-battery', chainId: 'nev', segments: [], type: 'PRODUCT', zh: ['磷酸铁锂电池'], variants: [], en: ['LFP battery'], abbr: [] },
    ]);
    const text = { title: '磷酸铁锂电芯', keywords: ['磷酸铁锂', '电芯'], description: '磷酸铁锂电芯，采用磷酸铁锂正极' };
    const cells = { products: needProducts(text, cellTools), offer: offerKeysOf(text, cellTools) };
    expect(cells.products.map((t) => [t.groupIds[0], t.role])).toEqual([['nev.lfp', 'MATERIAL'], ['nev.cell', 'HEAD']]);
    expect(cells.offer.title).toContain('@g:nev.cell');
    expect(cells.offer.qualifiers).toEqual(['@g:nev.lfp', '@u:nev.cathode']);
    for (const field of [cells.offer.title, cells.offer.keywords, cells.offer.description]) expect(field).not.toContain('@g:nev.lfp');
    expect(cells.offer.breadth).toBe(1);
    // A product inside a traded product's name that is no kind of it is a qualifier too.
    const english = offerKeysOf({ title: 'LFP battery cells', keywords: ['LFP'], description: '' }, cellTools);
    expect(english.title).toContain('@g:nev.lfp-battery');
    expect(english.qualifiers).toContain('@g:nev.lfp');
    expect([...english.title, ...english.keywords]).not.toContain('@g:nev.lfp');
    // Named in two languages, by one word and by words that spell out its material: a qualifier still.
    const bilingual = offerKeysOf({ title: '磷酸铁锂电池供应 | LFP battery', keywords: [], description: '' }, cellTools);
    expect(bilingual.title).toContain('@g:nev.lfp-battery');
    expect(bilingual.qualifiers).toContain('@g:nev.lfp');
    expect(bilingual.title).not.toContain('@g:nev.lfp');
    // A head named twice is qualified by what precedes it the first time only: 电芯 follows 磷酸铁锂.
    expect(needProducts({ title: '磷酸铁锂电芯供应 LFP cells', keywords: [], description: '' }, cellTools).map((t) => [t.groupIds[0], t.role]))
      .toEqual(expect.arrayContaining([['nev.lfp', 'HEAD'], ['nev.cell', 'MAIN']]));
    // Materials of one class side by side are alternatives, each traded.
    expect(needProducts({ title: '磷酸铁锂三元材料', keywords: [], description: '' }, cellTools).map((t) => t.role)).toEqual(['MAIN', 'HEAD']);
  });
});

describe('listingTerms over the shipped lexicon', () => {
  const tools = textTools(readLexiconFiles().groups);

  it('reads a trade name as its product and a renter\'s verb as no product (租用GPU算力 is compute rental, not GPU chips)', () => {
    const products = needProducts({ title: '租用GPU算力：A800/H800集群', keywords: [], description: '' }, tools);
    expect(products.find((t) => t.role === 'HEAD')?.groupIds).toEqual(['ai.compute-rental']);
    expect(products.flatMap((t) => t.tokens)).not.toContain('租用');
    expect(products.flatMap((t) => t.groupIds)).not.toContain('ai.gpu');
  });

  it('reads "antibody" as what an antibody CDMO works on, so its keyword "monoclonal antibody" is no stuffing', () => {
    const keys = offerKeysOf({ title: 'Antibody CDMO: cell line development to clinical GMP supply', keywords: ['monoclonal antibody'], description: '' }, tools);
    expect(keys.title).toContain('@g:biomed.biologics-cdmo');
    expect(keys.qualifiers).toContain('@g:biomed.antibody');
    expect(keys.keywords).toContain('@g:biomed.mab');
    expect(keys.incidental).not.toContain('@g:biomed.mab');
  });

  it.each([
    ['采购晶圆划片刀', 'ic.dicing-blade'], ['采购超纤皮革', 'textile.microfiber-leather'], ['采购航空发动机叶片', 'aircraft.turbine-blade'],
    ['采购高纯石英坩埚', 'new_materials.quartz-crucible'], ['采购光伏组件回收服务', 'eco.pv-recycling'], ['寻求充电桩运营合作', 'nev.charging-operation'],
    ['寻求工业机器人维修服务', 'robotics.repair-maintenance'], ['寻求A320起落架大修服务', 'robotics.repair-maintenance'],
    ['采购在线COD监测仪', 'eco.cod-analyzer'], ['采购血糖试纸', 'health.glucose-strip'], ['寻求飞机涂装服务', 'aircraft.aircraft-painting'],
  ])('reads the need %s as one for %s, not for what its name holds', (title, groupId) => {
    expect(needProducts({ title, keywords: [], description: '' }, tools).find((t) => t.role === 'HEAD')?.groupIds).toEqual([groupId]);
  });

  it.each([
    ['Medical protective coveralls', 'biomed.protective-gown'], ['OLED emitter materials', 'display.oled-material'],
    ['新能源汽车电驱壳体铝压铸', 'nev.die-casting'], ['Dicing blades for wafers', 'ic.dicing-blade'], ['Aero-engine turbine blades', 'aircraft.turbine-blade'],
    ['AI智能客服机器人', 'ai.chatbot'], ['Sludge dewatering screw press', 'eco.sludge-dewatering'], ['Online COD analyzers', 'eco.cod-analyzer'],
    ['六维力/力矩传感器', 'robotics.ft-sensor'], ['6-axis force torque sensors', 'robotics.ft-sensor'],
  ])('reads the offer %s as one of %s', (title, groupId) => {
    expect(offerKeysOf({ title, keywords: [], description: '' }, tools).title).toContain(`@g:${groupId}`);
  });

  it('reads repair and maintenance of a product as that service, the product qualifying it, and a trade\'s own repair as a kind of it', () => {
    for (const title of ['工业机器人维修保养', 'Industrial robot repair and maintenance', '光刻机维修与保养服务']) {
      const keys = offerKeysOf({ title, keywords: [], description: '' }, tools);
      expect(keys.title).toContain('@g:robotics.repair-maintenance');
      expect(keys.title.filter((key) => key === '@g:robotics.industrial-robot' || key === '@g:ic.litho')).toEqual([]);
    }
    expect(offerKeysOf({ title: '航空维修', keywords: [], description: '' }, tools).title).toContain('@u:robotics.repair-maintenance');
  });

  it('reads a product a traded term\'s words hold apart from it as a qualifier, as its one-word Chinese name does', () => {
    const offer = (title: string) => offerKeysOf({ title, keywords: [], description: '' }, tools);
    const server = offer('GPU服务器');
    expect(server.title).toContain('@g:ai.ai-server');
    expect(server.qualifiers).toContain('@g:ai.gpu');
    expect(server.title).not.toContain('@g:ai.gpu');
    const equipment = offer('Lithium battery manufacturing equipment');
    expect(equipment.title).toContain('@g:nev.battery-equipment');
    expect(equipment.qualifiers).toContain('@g:nev.li-ion-battery');
    expect(offer('锂电池生产设备').title).not.toContain('@g:nev.li-ion-battery');
    // Its own lineage is what it is: 芯片 of GPU芯片 names the GPU's class.
    expect(offer('GPU芯片').title).toEqual(expect.arrayContaining(['@g:ai.gpu', '@g:ic.ic']));
  });
});

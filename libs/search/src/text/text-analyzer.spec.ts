import { taxonomyNames, textTools } from '../testing/text-tools.js';
import { domainWords } from './domain-dictionary.js';
import { markMatches } from './highlighter.js';
import { relaxationOrder } from './query-plan.js';
import { TextAnalyzer } from './text-analyzer.js';
import { normalizeToken, singular } from './token-normalizer.js';

describe('domain dictionary', () => {
  it('takes the Chinese words out of taxonomy names', () => {
    expect(domainWords([{ nameZh: '半导体材料（硅片、光刻胶、电子特气、靶材等）' }, { nameZh: 'AI芯片与传感器' }])).toEqual(
      ['传感器', '光刻胶', '半导体材料', '电子特气', '硅片', '靶材'],
    );
  });
});

describe('TextAnalyzer', () => {
  const analyzer = new TextAnalyzer(domainWords(taxonomyNames(), ['新能源汽车']));

  it('keeps domain terms whole in queries: 集成电路, 封装测试, 新能源汽车', () => {
    expect(analyzer.queryTokens('集成电路封装测试')).toEqual(['集成电路', '封装测试']);
    expect(analyzer.queryTokens('新能源汽车驱动电机')).toEqual(['新能源汽车', '驱动电机']);
  });

  it('indexes the words inside long ones too, so a query for a part finds the whole', () => {
    expect(analyzer.indexTokens('集成电路封装测试')).toEqual(expect.arrayContaining(['集成', '电路', '集成电路', '封装', '测试', '封装测试']));
  });

  it('keeps trade words whole, so they leave a product name its characters', () => {
    const { analyzer: withGenericWords } = textTools();
    expect(withGenericWords.queryTokens('求购车规级32位MCU')).toEqual(expect.arrayContaining(['求购', 'mcu']));
    expect(withGenericWords.queryTokens('求购车规级32位MCU')).not.toContain('购车');
  });

  it('normalises English and drops punctuation and stop words', () => {
    expect(analyzer.queryTokens('High-Voltage Wiring Harnesses for the EV')).toEqual(['high', 'voltage', 'wiring', 'harness', 'ev']);
    expect(analyzer.queryTokens('ＱＦＮ（封装）、的')).toEqual(['qfn', '封装']);
  });

  it('reads a long text sentence by sentence into the tokens of its whole cut', () => {
    const text = '本公司长期稳定提供QFN封装测试服务，月产能300万颗。质量管理体系完善！\r\nWe offer QFN packaging and testing; about 3.5 million units a month, ISO 9001 certified?';
    expect(text.length).toBeGreaterThan(80);
    expect(analyzer.queryTokens(text)).toEqual(analyzer.pieces(text).flatMap((piece) => piece.token ?? []));
    expect(analyzer.indexTokens(text)).toEqual(expect.arrayContaining(['封装', '测试', '封装测试', 'million']));
  });

  it('cuts text into pieces that cover it exactly, with offsets', () => {
    const text = '供应QFN封装测试, 月产能300万颗';
    const pieces = analyzer.pieces(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.every((p) => text.startsWith(p.text, p.start))).toBe(true);
  });

  it('marks matches in place, inside longer Chinese words too, and crops long text around the first', () => {
    expect(markMatches(analyzer, '供应QFN封装测试服务', new Set(['封装']))).toEqual({ text: '供应QFN封装测试服务', ranges: [{ start: 5, length: 2 }] });
    expect(markMatches(analyzer, 'Batteries and chips', new Set(['battery', 'chip']))).toEqual({
      text: 'Batteries and chips', ranges: [{ start: 0, length: 9 }, { start: 14, length: 5 }],
    });
    const long = `${'前言'.repeat(40)}核心是光刻胶的国产化${'结语'.repeat(40)}`;
    const cropped = markMatches(analyzer, long, new Set(['光刻胶']), 40)!;
    expect(cropped.text.startsWith('…') && cropped.text.endsWith('…')).toBe(true);
    expect(cropped.text.slice(cropped.ranges[0].start, cropped.ranges[0].start + 3)).toBe('光刻胶');
    expect(markMatches(analyzer, '无关文本', new Set(['光刻胶']))).toBeUndefined();
  });

});

describe('lexicon in the analysis', () => {
  const tools = textTools();
  const { analyzer, vocabulary } = tools;

  it('keeps a product name the base dictionary does not know whole (阿托伐他汀钙, not 阿托/伐他/他汀)', () => {
    expect(analyzer.queryTokens('阿托伐他汀钙原料')).toEqual(['阿托伐他汀钙', '原料']);
  });

  it('reads a lexicon phrase as one term with every member, in both languages, longest phrase first', () => {
    const [lfp, cathode] = vocabulary.expand(analyzer.queryTokens('lithium iron phosphate 正极材料'));
    expect(lfp.groupIds).toEqual(['nev.lfp']);
    expect(lfp.alternatives).toEqual(expect.arrayContaining([['磷酸铁锂'], ['lfp'], ['lifepo4'], ['lithium', 'iron', 'phosphate']]));
    expect(cathode.groupIds).toEqual(['nev.cathode']);
  });

  it('indexes the groups a text names and the broader groups above them', () => {
    expect(vocabulary.lexemesOf(analyzer.indexTokens('strain wave gear for cobots')).sort()).toEqual(['@g:robotics.harmonic', '@u:robotics.reducer']);
  });

  it('weighs product terms above unknown words above generic words, and drops the lightest first', () => {
    const plan = tools.plan('磷酸铁锂 nanoscale 材料');
    expect(plan.terms.map((t) => [t.label, t.weight])).toEqual([['磷酸铁锂', 3.5], ['nanoscale', 1.8], ['材料', 0.3]]);
    expect(relaxationOrder(plan)).toEqual([2, 1, 0]);
    expect(plan.terms.map((t) => t.product)).toEqual([true, true, false]);
  });

  it.each([['机器人 减速器', '减速器'], ['机器人用 减速器', '减速器'], ['reducer for robots', 'reducer'], ['robot reducer', 'reducer'], ['工业机器人 减速器', '减速器'], ['磷酸铁锂 正极材料', '磷酸铁锂']])(
    'reads %s as asking for %s, the product head, and drops the other terms before it', (text, head) => {
      const plan = tools.plan(text);
      expect(plan.terms.filter((term) => term.head).map((term) => term.label)).toEqual([head]);
      expect(plan.terms[relaxationOrder(plan).at(-1)!].label).toBe(head);
    });

  it('breaks a tie between equal terms by how common each is in the index, the commonest dropped first', () => {
    const plan = tools.plan('机器人 芯片 减速器');
    expect(relaxationOrder(plan, [10, 200, 5]).map((i) => plan.terms[i].label)).toEqual(['芯片', '机器人', '减速器']);
    expect(relaxationOrder(plan, [200, 10, 5]).map((i) => plan.terms[i].label)).toEqual(['机器人', '芯片', '减速器']);
  });

  it.each([['封装侧试', '封装测试'], ['磷酸铁理', '磷酸铁锂'], ['谐波减数器', '谐波减速器']])(
    'reads the Chinese typo %s as the domain word it sounds like, %s, keeping what was typed as an exact alternative', (typed, word) => {
      const plan = tools.plan(typed);
      expect(plan.corrections).toEqual([{ start: 0, typed, word }]);
      expect(plan.terms).toHaveLength(1);
      expect(plan.terms[0]).toMatchObject({ label: typed, query: word, exact: [analyzer.queryTokens(typed)] });
      expect(plan.terms[0].typo).toContainEqual([word]);
    });

  it('reads an English word one letter from a lexicon word as that word, so its phrase and synonyms apply', () => {
    const plan = tools.plan('harmonc reducer');
    expect(plan.corrections).toEqual([{ start: 0, typed: 'harmonc', word: 'harmonic' }]);
    expect(plan.terms).toHaveLength(1);
    expect(plan.terms[0]).toMatchObject({ label: 'harmonc reducer', typoGroupIds: ['robotics.harmonic'], exact: [['harmonc', 'reducer']] });
    expect(tools.plan('gearbox reducer').corrections).toEqual([]);
  });

  it('leaves real words and known terms alone', () => {
    for (const text of ['机器人 减速器', '锂电池隔膜', '测试', '封装测试']) expect(tools.plan(text).corrections).toEqual([]);
  });
});

describe('token normalisation', () => {
  it.each([['batteries', 'battery'], ['chips', 'chip'], ['glasses', 'glass'], ['switches', 'switch'], ['process', 'process'], ['status', 'status'], ['gas', 'gas']])(
    'reduces %s to %s', (word, expected) => expect(singular(word)).toBe(expected));

  it('drops punctuation, whitespace and stop words', () => {
    expect([' ', '，', 'the', '的', '-'].map(normalizeToken)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(normalizeToken('G8.5')).toBe('g8.5');
  });

  it('reads an abbreviation\'s plural by its case, however short: ICs, PCBs; GAS and gas stay', () => {
    expect(['ICs', 'PCBs', 'ＩＣｓ', 'GAS', 'gas', 'ics'].map(normalizeToken)).toEqual(['ic', 'pcb', 'ic', 'gas', 'gas', 'ics']);
  });
});

describe('markMatches', () => {
  const analyzer = new TextAnalyzer([]);

  it('marks whole words only, folding case, width and plurals', () => {
    expect(markMatches(analyzer, 'Chipset, CHIPS and microchips', new Set(['chip']))).toEqual({ text: 'Chipset, CHIPS and microchips', ranges: [{ start: 9, length: 5 }] });
    expect(markMatches(analyzer, 'ＱＦＮ封装 and G8.5 glass.', new Set(['qfn', 'g8.5']))).toEqual({
      text: 'ＱＦＮ封装 and G8.5 glass.', ranges: [{ start: 0, length: 3 }, { start: 10, length: 4 }],
    });
  });
});

import { Lexicon } from './lexicon.js';
import { parseLexiconFile, validateLexicon } from './lexicon-validation.js';
import type { TermGroup } from './lexicon.types.js';

const taxonomy = { chainIds: new Set(['nev', 'biomed']), segmentIds: new Set(['nev.battery_materials', 'biomed.api_herbs']) };
const group = (overrides: Partial<TermGroup> & Pick<TermGroup, 'id'>): TermGroup => ({
  chainId: 'nev', segments: ['nev.battery_materials'], type: 'MATERIAL', zh: [], variants: [], en: [], abbr: [], ...overrides,
});
const cathode = group({ id: 'nev.cathode', zh: ['正极材料'], en: ['cathode material'] });
const lfp = group({ id: 'nev.lfp', zh: ['磷酸铁锂'], variants: ['磷酸鐵鋰', '铁锂'], en: ['lithium iron phosphate'], abbr: ['LFP', 'LiFePO4'], broader: 'nev.cathode' });
const ncm = group({ id: 'nev.ncm', zh: ['三元正极材料'], en: ['NCM cathode'], abbr: ['NCM'], broader: 'nev.cathode' });
const messages = (groups: TermGroup[]) => validateLexicon(groups, taxonomy).map((p) => `${p.groupId} ${p.field}: ${p.message}`);

describe('lexicon validation', () => {
  it('accepts a well-formed lexicon', () => {
    expect(messages([cathode, lfp, ncm])).toEqual([]);
  });

  it('refuses a duplicate id, an unknown segment and a term twice in a chain (case and width folded)', () => {
    expect(messages([cathode, lfp, { ...ncm, id: 'nev.lfp' }])).toContainEqual(expect.stringMatching(/^nev.lfp id: nev.lfp is used by another group/));
    expect(messages([group({ id: 'nev.x', zh: ['隔膜'], en: ['separator'], segments: ['nev.nowhere'] })]))
      .toEqual(['nev.x segments[0]: segment nev.nowhere does not exist']);
    expect(messages([cathode, lfp, group({ id: 'nev.y', zh: ['铁锂电池'], en: ['ＬＦＰ'] })])).toEqual(['nev.y en[0]: "ＬＦＰ" is already a term of nev.lfp']);
  });

  it('allows the same term in two chains (API is 原料药 in biomed)', () => {
    const api = group({ id: 'biomed.api', chainId: 'biomed', segments: ['biomed.api_herbs'], zh: ['原料药'], en: ['active pharmaceutical ingredient'], abbr: ['API'] });
    expect(messages([cathode, group({ id: 'nev.api', zh: ['接口'], en: ['interface'], abbr: ['API'] }), api])).toEqual([]);
  });

  it('refuses broader links to nowhere and cycles', () => {
    expect(messages([{ ...lfp, broader: 'nev.none' }])).toEqual(['nev.lfp broader: group nev.none does not exist']);
    expect(messages([{ ...cathode, broader: 'nev.ncm' }, lfp, ncm])).toContainEqual(expect.stringMatching(/broader links from nev.cathode come back/));
  });

  it('refuses generic words, wrong scripts, bad ids and unknown fields', () => {
    const bad = { ...group({ id: 'NEV-x', zh: ['材料', 'LFP'], en: ['锂'], type: 'THING' as never }), colour: 'red' } as TermGroup;
    expect(messages([bad])).toEqual(expect.arrayContaining([
      'NEV-x id: must be "nev.<name>" in lower case', 'NEV-x colour: is not a field of a term group', 'NEV-x type: must be one of PRODUCT, MATERIAL, EQUIPMENT, SERVICE',
      'NEV-x zh[0]: "材料" is a generic word, not a product', 'NEV-x zh[1]: must be written in Chinese characters', 'NEV-x en[0]: must be written in Latin script',
    ]));
  });

  it('reads a file only when it has the expected shape', () => {
    expect(parseLexiconFile({ chainId: 'ic', groups: [] }, 'nev').problems).toHaveLength(1);
    expect(parseLexiconFile({ chainId: 'nev', groups: [{ ...lfp, chainId: undefined }] }, 'nev').groups[0].chainId).toBe('nev');
  });
});

describe('Lexicon', () => {
  const lexicon = new Lexicon([cathode, lfp, ncm, group({ id: 'nev.lfp-nano', zh: ['纳米磷酸铁锂'], en: ['nano LFP'], broader: 'nev.lfp' })]);

  it('finds groups by any term, folding case and width', () => {
    expect(lexicon.groupsOfTerm('lifepo4').map((g) => g.id)).toEqual(['nev.lfp']);
    expect(lexicon.groupsOfTerm('Lithium  Iron Phosphate').map((g) => g.id)).toEqual(['nev.lfp']);
    expect(lexicon.groupsOfTerm('正极')).toEqual([]);
  });

  it('walks broader links both ways, nearest first', () => {
    expect(lexicon.descendantsOf('nev.cathode').map(({ group: g, depth }) => `${g.id}@${depth}`)).toEqual(['nev.lfp@1', 'nev.ncm@1', 'nev.lfp-nano@2']);
    expect(lexicon.ancestorsOf('nev.lfp-nano').map((g) => g.id)).toEqual(['nev.lfp', 'nev.cathode']);
  });

  it('lists the Chinese terms a segmenter must keep whole', () => {
    expect(lexicon.chineseTerms()).toEqual(['三元正极材料', '正极材料', '磷酸鐵鋰', '磷酸铁锂', '纳米磷酸铁锂', '铁锂'].sort());
  });
});

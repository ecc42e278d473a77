import { textTools } from '../testing/text-tools.js';
import { desiredSettings, lexiconSynonyms, MEILI_SEARCHABLE, settingsDiff, synonymMap } from './meili-settings.js';

const tools = textTools();
const source = { lexicon: tools.lexicon, dictionary: ['封装测试', '集成电路'] };

describe('Meilisearch settings', () => {
  const desired = desiredSettings(source);

  it('declares what searches need: filters, sorts, geo, ranking with sort first, Chinese locale, dictionary', () => {
    expect(desired.filterableAttributes).toEqual(expect.arrayContaining(['_geo', 'chainId', 'segmentId', 'provinceAdcode', 'cityAdcode', 'kind', 'verified', 'validUntil']));
    expect(desired.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'createdAt', 'id']));
    expect(desired.rankingRules?.[0]).toBe('sort');
    expect(desired.searchableAttributes).toEqual(['title', 'keywords', 'description']);
    expect(MEILI_SEARCHABLE).not.toContain('enterpriseNameZh');
    expect(desired.localizedAttributes).toContainEqual({ attributePatterns: ['*Zh'], locales: ['cmn'] });
    expect(desired.dictionary).toEqual(['封装测试', '集成电路']);
    expect(desired.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
  });

  it('makes synonyms from the lexicon: members both ways, broader terms one way to narrower ones', () => {
    const synonyms = lexiconSynonyms(tools.lexicon);
    expect(synonyms.lfp).toEqual(expect.arrayContaining(['磷酸铁锂', 'lithium iron phosphate', 'lifepo4']));
    expect(synonyms['strain wave gear']).toEqual(expect.arrayContaining(['谐波减速器', 'harmonic reducer']));
    expect(synonyms['正极材料']).toEqual(expect.arrayContaining(['cathode material', '磷酸铁锂', 'lfp', 'ncm', '三元正极材料']));
    expect(synonyms['磷酸铁锂']).not.toContain('ncm');
    expect(synonyms['磷酸铁锂']).not.toContain('正极材料');
    expect(desired.synonyms).toEqual(synonyms);
  });

  it('takes its dictionary from the analysis, so Meilisearch keeps the lexicon\'s product names whole too', () => {
    const settings = desiredSettings({ lexicon: tools.lexicon, dictionary: tools.dictionary });
    expect(settings.dictionary).toEqual(expect.arrayContaining(['阿托伐他汀钙', '谐波减速器', '磷酸铁锂', '封装测试']));
    expect(settings.rankingRules).toEqual(['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness']);
  });

  it('makes synonyms multi-way, in lower case, merging groups that share a term', () => {
    expect(synonymMap([['集成电路', 'IC', 'chip'], ['IC', 'integrated circuit']])).toEqual({
      chip: ['ic', '集成电路'],
      ic: ['chip', 'integrated circuit', '集成电路'],
      'integrated circuit': ['ic'],
      集成电路: ['chip', 'ic'],
    });
  });

  it('finds nothing to change when the server has the settings, with its defaults and another order of sets', () => {
    const server = {
      ...desired,
      filterableAttributes: [...(desired.filterableAttributes as string[])].reverse(),
      typoTolerance: { ...desired.typoTolerance, disableOnWords: [], disableOnAttributes: [], disableOnNumbers: false },
      faceting: { maxValuesPerFacet: 200, sortFacetValuesBy: { '*': 'alpha' as const } },
      stopWords: [],
      proximityPrecision: 'byWord' as const,
    };
    expect(settingsDiff(server, desired)).toEqual([]);
  });

  it('names the settings that differ', () => {
    const server = { ...desired, rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'], synonyms: {}, dictionary: [] };
    expect(settingsDiff(server, desired)).toEqual(['rankingRules', 'synonyms', 'dictionary']);
    expect(settingsDiff({}, desired)).toEqual(Object.keys(desired));
  });
});

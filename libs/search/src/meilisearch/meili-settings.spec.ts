import { desiredSettings, settingsDiff, synonymMap } from './meili-settings.js';

const source = { synonymGroups: [['集成电路', 'IC', 'chip'], ['IC', 'integrated circuit']], dictionary: ['封装测试', '集成电路'] };

describe('Meilisearch settings', () => {
  const desired = desiredSettings(source);

  it('declares what searches need: filters, sorts, geo, ranking with sort first, Chinese locale, dictionary', () => {
    expect(desired.filterableAttributes).toEqual(expect.arrayContaining(['_geo', 'chainId', 'segmentId', 'provinceAdcode', 'cityAdcode', 'kind', 'verified', 'validUntil']));
    expect(desired.sortableAttributes).toEqual(expect.arrayContaining(['_geo', 'createdAt', 'id']));
    expect(desired.rankingRules?.[0]).toBe('sort');
    expect(desired.searchableAttributes?.[0]).toBe('title');
    expect(desired.searchableAttributes).not.toContain('chainNameZh');
    expect(desired.localizedAttributes).toContainEqual({ attributePatterns: ['*Zh'], locales: ['cmn'] });
    expect(desired.dictionary).toEqual(['封装测试', '集成电路']);
    expect(desired.typoTolerance).toEqual({ enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } });
  });

  it('makes synonyms multi-way, in lower case, merging groups that share a term', () => {
    expect(synonymMap(source.synonymGroups)).toEqual({
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

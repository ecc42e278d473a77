import { termNames, textRelevance } from './text-relevance.factor.js';
import { pair } from '../../testing/pair-fixtures.js';

describe('matched terms in explanations', () => {
  it('names each term once, in the reader\'s language, with "…" when some are left out', () => {
    const terms = [[['磷酸铁锂'], ['lfp']], [['电芯'], ['battery', 'cells']], [['正极']], [['车规']], [['储能']]];
    expect(termNames(terms, 'zh')).toBe('磷酸铁锂、电芯、正极、车规…');
    expect(termNames(terms, 'en')).toBe('lfp, battery cells…');
    expect(termNames([[['lfp'], ['磷酸铁锂']], [['磷酸铁锂']]], 'zh')).toBe('磷酸铁锂');
  });

  it('says which of the need\'s product terms the offer mentions', () => {
    const found = textRelevance(pair({ tokens: new Set(['硅片', 'photoresist']) }));
    expect(found.sentences().BUYER).toEqual({ zh: '需求产品词命中2/3（硅片、光刻胶）', en: 'The offer mentions 2 of the need\'s 3 product terms (photoresist…)' });
  });
});

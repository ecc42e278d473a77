import { meaningfulTerms } from './demand-terms.js';

describe('meaningfulTerms', () => {
  it('drops trade words and quantities, keeps product words and specs', () => {
    const terms = [[['采购']], [['磷酸铁锂']], [['电芯']], [['50万颗']], [['12英寸']], [['sourcing']], [['280ah']], [['ic'], ['集成电路']]];
    expect(meaningfulTerms(terms)).toEqual([[['磷酸铁锂']], [['电芯']], [['12英寸']], [['280ah']], [['ic'], ['集成电路']]]);
  });
});

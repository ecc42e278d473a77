import { shippedUnitCatalogue } from '@chainmatch/units';
import { meaningfulTerms } from './demand-terms.js';

const unitKeys = shippedUnitCatalogue().aliasKeys();
const terms = (...words: string[]) => words.map((word) => [[word]]);

describe('meaningfulTerms', () => {
  it('drops trade words and quantities, keeps product words and specs', () => {
    const found = [[['采购']], [['磷酸铁锂']], [['电芯']], [['50万颗']], [['12英寸']], [['sourcing']], [['280ah']], [['ic'], ['集成电路']]];
    expect(meaningfulTerms(found, unitKeys)).toEqual([[['磷酸铁锂']], [['电芯']], [['12英寸']], [['280ah']], [['ic'], ['集成电路']]]);
  });

  it('drops units, time words and the words every listing uses, and keeps each term once', () => {
    expect(meaningfulTerms(terms('材料', '月', '吨', 'kWh', 'tonnes', '200t', 'annual', '磷酸铁锂', '正极', '磷酸铁锂'), unitKeys))
      .toEqual(terms('磷酸铁锂', '正极'));
  });
});

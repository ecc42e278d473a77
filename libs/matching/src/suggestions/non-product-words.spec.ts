import { shippedUnitCatalogue } from '@chainmatch/units';
import { isQuantityOrUnit } from './quantity-words.js';

const unitKeys = shippedUnitCatalogue().aliasKeys();

describe('isQuantityOrUnit', () => {
  it.each(['吨', 'kwh', 'tonne', '50万颗', '200t', '280', '万支', '万片', 'm2'])('%s says how much', (word) => {
    expect(isQuantityOrUnit(word, unitKeys)).toBe(true);
  });

  it.each(['磷酸铁锂', '电芯', '12英寸', '280ah', 'lfp', '万向节'])('%s may name a product', (word) => {
    expect(isQuantityOrUnit(word, unitKeys)).toBe(false);
  });
});

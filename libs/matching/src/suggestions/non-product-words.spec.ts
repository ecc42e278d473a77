import { shippedUnitCatalogue } from '@chainmatch/units';
import { NonProductWords, placeWords } from './non-product-words.js';

const places = placeWords([
  { nameZh: '江苏省', nameEn: 'Jiangsu' }, { nameZh: '南通市', nameEn: 'Nantong' }, { nameZh: '浦东新区', nameEn: 'Pudong' }, { nameZh: '吴中区', nameEn: 'Wuzhong' },
]);
const words = new NonProductWords(shippedUnitCatalogue().aliasKeys(), places);

describe('non-product words', () => {
  it.each(['吨', 'kwh', 'tonne', '50万颗', '200t', '280', '万支', '万片', 'm2', 'μ', '12英寸', '南通市', '南通', '浦东', '江苏', 'nantong'])('%s says how much or where', (word) => {
    expect(words.has(word)).toBe(true);
  });

  it.each(['磷酸铁锂', '电芯', '280ah', 'lfp', '万向节', '吴中区电机'])('%s may name a product', (word) => {
    expect(words.has(word)).toBe(false);
  });
});

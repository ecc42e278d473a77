import { UnitCatalogue, UnitCatalogueError } from './unit-catalogue.js';
import { formatQuantity } from './unit-format.js';
import { shippedUnitCatalogue } from './unit-seed.js';

const catalogue = shippedUnitCatalogue();
const code = (text: string) => catalogue.resolve(text)?.code;

describe('units catalogue', () => {
  it.each([
    [['吨', 't', 'tonne', 'Tonnes', 'metric ton'], 't'],
    [['千克', '公斤', 'kg', 'KG'], 'kg'],
    [['平方米', 'm²', '㎡', 'm2', 'sqm', 'square metres'], 'm2'],
    [['件', '个', 'pcs', 'pieces'], 'pcs'],
    [['台', 'units', 'machines'], 'machine'],
    [['颗', 'chips'], 'chip'],
    [['片', 'wafers', 'wafer'], 'wafer'],
    [['套', 'sets', 'set'], 'set'],
    [['升', 'L', 'litres'], 'l'],
    [['加仑', 'gallon', 'US gallons'], 'gal'],
    [['瓦时', 'Wh'], 'wh'],
    [['千瓦时', 'kWh', '度'], 'kwh'],
    [['机柜·月', '机柜月', 'rack-months', 'rack months'], 'rack_month'],
  ])('reads %j as %s', (texts, expected) => {
    expect(texts.map(code)).toEqual(texts.map(() => expected));
  });

  it('knows no unit in a product word or a period', () => {
    expect([code('硅片'), code('吨/月'), code('per month'), code('')]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('converts within a dimension and refuses across dimensions', () => {
    const unit = (text: string) => catalogue.resolve(text)!;
    expect(catalogue.convert(2.5, unit('吨'), unit('kg'))).toBe(2500);
    expect(catalogue.convert(1, unit('kWh'), unit('Wh'))).toBe(1000);
    expect(catalogue.convert(10, unit('gallon'), unit('L'))).toBeCloseTo(37.854, 3);
    expect(catalogue.convert(3, unit('亩'), unit('m²'))).toBeCloseTo(2000, 6);
    expect(catalogue.convert(5, unit('片'), unit('pcs'))).toBe(5);
    expect(catalogue.convert(5, unit('units'), unit('件'))).toBe(5);
    expect(catalogue.convert(1, unit('m²'), unit('t'))).toBeNull();
    expect(catalogue.convert(1, unit('套'), unit('件'))).toBeNull();
  });

  it('refuses data in which an alias names two units or a dimension has no base', () => {
    const mass = { id: 'MASS', nameZh: '质量', nameEn: 'mass', baseUnitCode: 'kg' };
    const kg = { code: 'kg', dimension: 'MASS', toBase: 1, nameZh: '千克', nameEn: 'kg', nameEnOne: 'kg', aliases: ['公斤'] };
    expect(() => new UnitCatalogue([mass], [kg, { ...kg, code: 'jin', toBase: 0.5, nameZh: '斤', nameEn: 'jin', nameEnOne: 'jin' }]))
      .toThrow(new UnitCatalogueError('"公斤" names both kg and jin'));
    expect(() => new UnitCatalogue([{ ...mass, baseUnitCode: 't' }], [kg])).toThrow(UnitCatalogueError);
  });

  it('writes quantities as readers of each language do', () => {
    const unit = (text: string) => catalogue.resolve(text)!;
    expect(formatQuantity(36_000, unit('t'), 'zh')).toBe('3.6万吨');
    expect(formatQuantity(36_000, unit('t'), 'en')).toBe('36,000 t');
    expect(formatQuantity(1, unit('wafer'), 'en')).toBe('1 wafer');
    expect(formatQuantity(3000, unit('wafer'), 'en')).toBe('3,000 wafers');
    expect(formatQuantity(500, unit('kWh'), 'zh')).toBe('500千瓦时');
    expect(formatQuantity(20, unit('TB·月'), 'zh')).toBe('20 TB·月');
  });
});

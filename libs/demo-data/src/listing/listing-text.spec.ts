import { createDemoFaker } from '../seeded-faker.js';
import { UNITS } from '../vocabulary/units.js';
import { EN_SENTENCES } from './listing-description-en.js';
import { ZH_SENTENCES } from './listing-description-zh.js';
import type { ListingTextContext } from './listing-text.types.js';
import { DESCRIPTION_MIN_LENGTH, writeListingText } from './listing-text.js';

const bare: ListingTextContext = {
  kind: 'SUPPLY',
  product: { zh: 'KrF光刻胶', en: 'KrF photoresist' },
  isService: false,
  relatedProduct: null,
  unit: null,
  quantity: null,
  priceMinCny: null,
  priceMaxCny: null,
  leadTimeDays: null,
  certifications: [],
  enterpriseName: { zh: '上海华芯电子材料有限公司', en: 'Shanghai Huaxin Electronic Materials Co., Ltd.' },
  city: { zh: '上海市', en: 'Shanghai' },
  county: { zh: '浦东新区', en: 'Pudong' },
  segment: { zh: '半导体材料', en: 'Semiconductor materials' },
  ownSegment: { zh: '晶圆制造', en: 'Wafer fabrication' },
  servedProvinces: [],
  serviceRadiusKm: null,
};

const full: ListingTextContext = {
  ...bare,
  relatedProduct: { zh: 'CMP抛光液', en: 'CMP slurry' },
  unit: UNITS.liter,
  quantity: 2000,
  priceMinCny: 5200,
  priceMaxCny: 6800,
  leadTimeDays: 21,
  certifications: ['ISO 9001', 'ISO 14001'],
  servedProvinces: [{ zh: '上海', en: 'Shanghai' }],
  serviceRadiusKm: 300,
};

describe('listing description sentences', () => {
  it.each(['SUPPLY', 'DEMAND'] as const)('are aligned between Chinese and English for %s', (kind) => {
    for (const part of ['openings', 'details', 'closings'] as const) {
      expect(ZH_SENTENCES[kind][part]).toHaveLength(EN_SENTENCES[kind][part].length);
      for (const context of [bare, full]) {
        const zh = ZH_SENTENCES[kind][part].map((template) => template({ ...context, kind }) === undefined);
        const en = EN_SENTENCES[kind][part].map((template) => template({ ...context, kind }) === undefined);
        expect(zh).toEqual(en);
      }
    }
  });
});

describe('writeListingText', () => {
  const faker = createDemoFaker();
  const texts = (context: ListingTextContext) =>
    Array.from({ length: 300 }, (_, n) => {
      faker.seed([1, n]);
      return writeListingText(faker, context);
    });

  it('reaches the minimum description length even when the listing states no figures', () => {
    for (const kind of ['SUPPLY', 'DEMAND'] as const) {
      const short = texts({ ...bare, kind }).filter((text) => text.description.length < DESCRIPTION_MIN_LENGTH);
      expect(short).toEqual([]);
    }
  });

  it('writes bilingual descriptions as a Chinese paragraph and its English counterpart', () => {
    const bilingual = texts(full).filter((text) => text.language === 'bilingual');
    expect(bilingual.length).toBeGreaterThan(30);
    for (const { title, description } of bilingual) {
      const [zh, en, ...rest] = description.split('\n');
      expect(rest).toEqual([]);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(zh.split('。').length).toBe(en.split(/\. (?=[A-Z])|\.$/).length);
      expect(title).toContain(' | ');
    }
  });

  it('states the facts it is given', () => {
    const descriptions = texts(full).map((text) => text.description).join('\n');
    for (const fact of ['2000升', '5200–6800元/升', '21天', 'ISO 9001、ISO 14001', 'CMP抛光液', '300公里', 'CNY 5,200–6,800 per L']) {
      expect(descriptions).toContain(fact);
    }
  });

  it('words services as provided rather than supplied', () => {
    const service = texts({ ...full, isService: true, product: { zh: 'MPW多项目晶圆流片', en: 'MPW shuttle runs' } });
    const zhTitles = service.filter((text) => text.language === 'zh').map((text) => text.title);
    expect(zhTitles.some((title) => title.includes('承接'))).toBe(true);
    expect(zhTitles.some((title) => title.includes('月产能'))).toBe(false);
    expect(service.some((text) => text.description.includes('样品'))).toBe(false);
  });
});

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
  unit: null,
  quantity: null,
  basis: null,
  priceMinCny: null,
  priceMaxCny: null,
  priceUnit: null,
  leadTimeDays: null,
  certifications: [],
  mandatoryCertifications: [],
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
  unit: UNITS.liter,
  quantity: 2000,
  basis: 'PER_MONTH',
  priceMinCny: 5200,
  priceMaxCny: 6800,
  priceUnit: UNITS.liter,
  leadTimeDays: 21,
  certifications: ['ISO 9001', 'ISO 14001'],
  mandatoryCertifications: ['IATF 16949'],
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
    for (const fact of ['月产能2000升', '5200–6800元/升', '21天', 'ISO 9001、ISO 14001', '300公里', 'CNY 5,200–6,800 per L', '2,000 L a month']) {
      expect(descriptions).toContain(fact);
    }
    const needs = texts({ ...full, kind: 'DEMAND', basis: 'PER_YEAR', priceUnit: UNITS.kg, priceMinCny: 52, priceMaxCny: 68 }).map((text) => text.description).join('\n');
    for (const fact of ['年需求2000升', '52–68元/千克', 'CNY 52–68 per kg', '供应商须具备IATF 16949认证', '具备ISO 9001、ISO 14001认证者优先', '2,000 L a year']) {
      expect(needs).toContain(fact);
    }
  });

  it('mentions no product but its own', () => {
    const descriptions = texts(full).map((text) => text.title + text.description).join('\n');
    expect(descriptions).not.toMatch(/CMP|同时可提供|also offer/);
  });

  it('words services as provided rather than supplied', () => {
    const service = texts({ ...full, isService: true, product: { zh: 'MPW多项目晶圆流片', en: 'MPW shuttle runs' } });
    const zhTitles = service.filter((text) => text.language === 'zh').map((text) => text.title);
    expect(zhTitles.some((title) => title.includes('承接'))).toBe(true);
    expect(zhTitles.some((title) => title.includes('月产能'))).toBe(false);
    expect(service.some((text) => text.description.includes('样品'))).toBe(false);
  });
});

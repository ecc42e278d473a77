import { scorePair } from './match-score.js';
import type { PairContext } from './match-side.js';
import { DEFAULT_MATCH_WEIGHTS, InvalidMatchWeightsError, parseMatchWeights } from './match-weights.js';
import { fit, HEFEI, KUNSHAN, NOW, pair, PHOTORESIST, price, quantity, SETTINGS, WAFERS } from '../testing/pair-fixtures.js';

const scored = (context: PairContext) => scorePair(context, DEFAULT_MATCH_WEIGHTS, SETTINGS);
const row = (context: PairContext, factor: string) => scored(context).explain().find((r) => r.factor === factor)!;
const HAN = /\p{Script=Han}/u;

describe('match score', () => {
  it('explains every factor, and the contributions add up to the score in [0, 1]', () => {
    const { score, explain } = scored(pair({}, {}, { productFit: fit([WAFERS, PHOTORESIST], [WAFERS]) }));
    const explanation = explain();
    expect(explanation).toHaveLength(10);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(1);
    expect(explanation.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(score, 3);
  });

  it('reads text relevance as the product fit, and has no opinion when the need names no product', () => {
    expect(row(pair({}, {}, { productFit: fit([WAFERS, PHOTORESIST], [WAFERS]) }), 'TEXT_RELEVANCE')).toMatchObject({ value: 0.5385 });
    expect(row(pair({}, {}, { productFit: fit([], []) }), 'TEXT_RELEVANCE').value).toBe(0.5);
  });

  it('lets product fit lead: a supplier of the product far away above a nearby one of half of it', () => {
    const near = scored(pair({}, {}, { distanceKm: 10, productFit: fit([WAFERS, PHOTORESIST], [PHOTORESIST]) })).score;
    const far = scored(pair({}, {}, { distanceKm: 300, productFit: fit([WAFERS, PHOTORESIST], [WAFERS, PHOTORESIST]) })).score;
    expect(far).toBeGreaterThan(near);
  });

  it('ranks chain fit by the buyer\'s role: a feeder of a need for inputs as high as the product\'s own segment, a competitor low', () => {
    const values = (['FEEDER', 'SAME_SEGMENT', 'EQUIVALENT_SEGMENT', 'INPUT_OF_NEED', 'COMPETITOR', 'SAME_CHAIN', 'OTHER'] as const)
      .map((relation) => row(pair({}, {}, { relation }), 'CHAIN_FIT').value);
    expect(values).toEqual([1, 1, 0.9, 0.4, 0.2, 0.2, 0]);
    expect(row(pair({}, {}, { relation: 'MAKES_PRODUCT' }), 'CHAIN_FIT').value).toBe(0.8);
    expect(row(pair({}, {}, { relation: 'FEEDER', crossChain: true }), 'CHAIN_FIT')).toMatchObject({ value: 0.9 });
  });

  it('lets configured weights change the ranking', () => {
    const closeButVague = pair({}, {}, { distanceKm: 5, productFit: fit([WAFERS, PHOTORESIST], [PHOTORESIST]) });
    const farButOnPoint = pair({}, {}, { distanceKm: 400, productFit: fit([WAFERS, PHOTORESIST], [WAFERS, PHOTORESIST]) });
    const distanceOnly = parseMatchWeights(JSON.stringify(Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((k) => [k, k === 'DISTANCE' ? 1 : 0]))));
    const textOnly = parseMatchWeights(JSON.stringify(Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((k) => [k, k === 'TEXT_RELEVANCE' ? 1 : 0]))));
    expect(scorePair(closeButVague, distanceOnly, SETTINGS).score).toBeGreaterThan(scorePair(farButOnPoint, distanceOnly, SETTINGS).score);
    expect(scorePair(closeButVague, textOnly, SETTINGS).score).toBeLessThan(scorePair(farButOnPoint, textOnly, SETTINGS).score);
  });

  it('rewards quick delivery and quick answers', () => {
    expect(row(pair({ leadTimeDays: 30 }, { leadTimeDays: 15 }), 'LEAD_TIME').value).toBe(0.5);
    expect(row(pair({ medianResponseHours: 48 }, { medianResponseHours: 24 }), 'RESPONSIVENESS').value).toBe(0.75);
    expect(row(pair({ publishedAt: new Date(NOW.getTime() - 120 * 86_400_000) }), 'FRESHNESS').value).toBeCloseTo(0.5);
  });

  it('scores a pair the same whoever asks, and writes each reader\'s sentences about the other party', () => {
    const context = pair({ verified: true, medianResponseHours: 5, publishedAt: new Date(NOW.getTime() - 3 * 86_400_000) },
      { place: KUNSHAN, medianResponseHours: 30, publishedAt: new Date(NOW.getTime() - 40 * 86_400_000) });
    const sentences = (factor: string) => row(context, factor).sentences;
    expect(sentences('VERIFIED').BUYER.en).toBe('The supplier is verified by an alliance; your enterprise is not verified yet');
    expect(sentences('VERIFIED').SUPPLIER.en).toBe('The buyer is not verified yet; your enterprise is verified');
    expect(sentences('FRESHNESS').BUYER.zh).toBe('对方供给发布于3天前；贵方需求发布于40天前');
    expect(sentences('FRESHNESS').SUPPLIER.en).toBe('The need was published 40 days ago; your offer 3 days ago');
    expect(sentences('RESPONSIVENESS').SUPPLIER.en).toBe('The buyer usually answers within 30 hours; your enterprise usually answers within 5 hours');
    expect(row(context, 'VERIFIED').value).toBe(0.5);
    expect(row(context, 'RESPONSIVENESS').value).toBeCloseTo((1 + 24 / 30) / 2, 4);
  });

  it('writes English sentences with no Chinese in them, units included, and Chinese ones with Chinese units', () => {
    const context = pair({ quantity: quantity(20, 'kg', 'PER_MONTH'), price: price(600, 800, 'kg'),
      leadTimeDays: 20, certifications: ['ISO 9001'] },
    { quantity: quantity(2, '吨', 'PER_YEAR'), price: price(null, 900_000, '吨'), leadTimeDays: 30, certifications: ['ISO 9001'] });
    for (const r of scored(context).explain()) {
      for (const viewpoint of ['BUYER', 'SUPPLIER'] as const) expect({ factor: r.factor, en: r.sentences[viewpoint].en, han: HAN.test(r.sentences[viewpoint].en) }).toMatchObject({ han: false });
    }
    expect(row(context, 'QUANTITY_FIT').sentences.BUYER.zh).toBe('供给每月20千克（折合每年0.24吨）可满足需求每年2吨的12%');
  });
});

describe('quantities, compared only when they measure the same thing on the same basis', () => {
  it('converts units and bases: monthly tonnes against a yearly need in kilograms', () => {
    const fit = row(pair({ quantity: quantity(3, 't', 'PER_MONTH') }, { quantity: quantity(36_000, 'kg', 'PER_YEAR') }), 'QUANTITY_FIT');
    expect(fit.value).toBe(1);
    expect(fit.sentences.BUYER.en).toBe('The offer\'s 3 t a month (36,000 kg a year) covers the 36,000 kg a year needed');
  });

  it('tells a buyer needing 3 000 wafers a month that 60 a month covers 2%, not 24%', () => {
    const fit = row(pair({ quantity: quantity(60, '片', 'PER_MONTH') }, { quantity: quantity(3000, 'wafers', 'PER_MONTH') }), 'QUANTITY_FIT');
    expect(fit.value).toBe(0.02);
    expect(fit.sentences.BUYER.en).toBe('The offer\'s 60 wafers a month covers 2% of the 3,000 wafers a month needed');
  });

  it('compares an order with one month of a periodic offer, and says plainly when nothing compares', () => {
    expect(row(pair({ quantity: quantity(500, 't', 'PER_MONTH') }, { quantity: quantity(200, 't', 'PER_ORDER') }), 'QUANTITY_FIT').value).toBe(1);
    const units = row(pair({ quantity: quantity(5000, 'm2', 'PER_MONTH') }, { quantity: quantity(200, 't', 'PER_MONTH') }), 'QUANTITY_FIT');
    expect(units).toMatchObject({ value: 0.5, sentences: { BUYER: { en: 'The need is counted in t and the offer in m²: they cannot be compared', zh: '需求以吨计、供给以平方米计，二者无法比较' } } });
    const basis = row(pair({ quantity: quantity(50, 't', 'PER_ORDER') }, { quantity: quantity(200, 't', 'PER_YEAR') }), 'QUANTITY_FIT');
    expect(basis).toMatchObject({ value: 0.5, sentences: { BUYER: { en: 'The offer states a quantity per order and the need one a year: they cannot be compared' } } });
  });
});

describe('prices, per the same unit', () => {
  it('converts the price unit before comparing, and does not compare per m² with per t', () => {
    const within = row(pair({ price: price(40, 45, 'kg') }, { price: price(null, 50_000, 't') }), 'PRICE_OVERLAP');
    expect(within).toMatchObject({ value: 1, sentences: { BUYER: { en: 'The offer\'s ¥40–45/kg (¥40,000/t) is within the budget of up to ¥50,000/t' } } });
    const separator = row(pair({ price: price(1.57, 1.57, 'm2') }, { price: price(null, 45_000, 't') }), 'PRICE_OVERLAP');
    expect(separator).toMatchObject({ value: 0.5, sentences: { BUYER: { en: 'The offer is priced per m² and the budget per t: they cannot be compared' } } });
  });

  it('scales the whole score in proportion to how far the price is above the budget', () => {
    const base = { tokens: new Set(['硅片', '12英寸', '光刻胶']) };
    const [within, double, tenfold] = [800, 1800, 9000].map((min) => scored(pair({ ...base, price: price(min, null, '片') }, { price: price(null, 900, '片') })));
    expect(double.score / within.score).toBeLessThan(0.5);
    expect(tenfold.score / within.score).toBeLessThan(0.1);
    const rows = double.explain();
    expect(rows.find((r) => r.factor === 'PRICE_OVERLAP')!.sentences.BUYER.en).toBe('The offer\'s from ¥1,800/wafer is 2.0× the budget of up to ¥900/wafer: the score is scaled to 50%');
    expect(rows.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(double.score, 3);
  });
});

describe('distance, from where the reader stands', () => {
  it('decays with distance and tells each party where the other is, in both languages', () => {
    const context = pair({}, { place: KUNSHAN }, { distanceKm: 362.4 });
    const { sentences, value } = row(context, 'DISTANCE');
    expect(value).toBeCloseTo(0.5 ** (362.4 / 150), 4);
    expect(sentences.BUYER).toEqual({ zh: '供方相距362公里，位于江苏省无锡市滨湖区（同省）', en: 'The supplier is 362 km away, in Binhu, Wuxi, Jiangsu — same province' });
    expect(sentences.SUPPLIER).toEqual({ zh: '采购方相距362公里，位于江苏省苏州市昆山市（同省）', en: 'The buyer is 362 km away, in Kunshan, Suzhou, Jiangsu — same province' });
    expect(row(pair({}, { place: HEFEI }), 'DISTANCE').sentences.SUPPLIER.en).toBe('The buyer is 86 km away, in Shushan, Hefei, Anhui — cross-province');
  });

  it('counts less when few offers can supply the need', () => {
    const plenty = row(pair({}, {}, { distanceKm: 521 }), 'DISTANCE');
    const scarce = row(pair({}, {}, { distanceKm: 521, suppliersAround: 1 }), 'DISTANCE');
    expect(scarce.value).toBeGreaterThan(0.75);
    expect(plenty.value).toBeLessThan(0.1);
    expect(scarce.sentences.BUYER.en).toMatch(/; only 1 offer can supply this need, so distance counts less$/);
  });
});

describe('match weights configuration', () => {
  it.each(['not json', '[1]', '{"SPEED": 1}', '{"DISTANCE": -1}', '{"DISTANCE": "high"}'])('refuses %s', (json) => {
    expect(() => parseMatchWeights(json)).toThrow(InvalidMatchWeightsError);
  });
});

import { isEligible } from './eligibility.js';
import type { MatchSide, PairContext } from './match-side.js';
import { scorePair } from './match-score.js';
import { DEFAULT_MATCH_WEIGHTS, InvalidMatchWeightsError, parseMatchWeights } from './match-weights.js';

const SETTINGS = { distanceHalfKm: 150, freshnessHalfDays: 60 };
const NOW = new Date('2026-11-01T00:00:00Z');

const side = (overrides: Partial<MatchSide>): MatchSide => ({
  listingId: 'l', enterpriseId: 'e', kind: 'SUPPLY', segmentId: 'ic.materials', chainId: 'ic', provinceAdcode: '320000',
  provinceNameZh: '江苏省', provinceNameEn: 'Jiangsu', lat: 31.3, lng: 120.6, tokens: new Set(), quantity: null, unit: null,
  priceMinCny: null, priceMaxCny: null, leadTimeDays: null, certifications: [], servedProvinceAdcodes: [], serviceRadiusKm: null,
  verified: false, publishedAt: NOW, medianResponseHours: null, ...overrides,
});

const pair = (supply: Partial<MatchSide>, demand: Partial<MatchSide> = {}, extra: Partial<PairContext> = {}): PairContext => ({
  supply: side({ enterpriseId: 's', ...supply }),
  demand: side({ enterpriseId: 'd', kind: 'DEMAND', segmentId: 'ic.fab', provinceAdcode: '310000', provinceNameZh: '上海市', ...demand }),
  relation: 'DIRECT_FEEDER',
  supplySegmentName: { zh: '半导体材料', en: 'Semiconductor materials' },
  demandSegmentName: { zh: '晶圆制造', en: 'Wafer fabrication' },
  demandTerms: [[['硅片']], [['12英寸']], [['光刻胶'], ['photoresist']]],
  distanceKm: 86,
  now: NOW,
  ...extra,
});

const row = (context: PairContext, factor: string) => scorePair(context, DEFAULT_MATCH_WEIGHTS, SETTINGS).explanation.find((r) => r.factor === factor)!;

describe('match score', () => {
  it('explains every factor, and the contributions add up to the score in [0, 1]', () => {
    const { score, explanation } = scorePair(pair({ tokens: new Set(['硅片', 'photoresist']) }), DEFAULT_MATCH_WEIGHTS, SETTINGS);
    expect(explanation).toHaveLength(10);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(1);
    expect(explanation.reduce((sum, r) => sum + r.contribution, 0)).toBeCloseTo(score, 3);
  });

  it('reads text relevance as the share of the need\'s terms found, synonyms included', () => {
    expect(row(pair({ tokens: new Set(['硅片', 'photoresist']) }), 'TEXT_RELEVANCE')).toMatchObject({ value: 0.6667 });
    expect(row(pair({ tokens: new Set() }), 'TEXT_RELEVANCE').value).toBe(0);
  });

  it('ranks chain fit: same segment > direct feeder > same chain > other', () => {
    const values = (['SAME_SEGMENT', 'DIRECT_FEEDER', 'SAME_CHAIN', 'OTHER'] as const).map((relation) => row(pair({}, {}, { relation }), 'CHAIN_FIT').value);
    expect(values).toEqual([1, 0.7, 0.3, 0]);
  });

  it('decays with distance and says so in both languages', () => {
    const near = row(pair({}, {}, { distanceKm: 10 }), 'DISTANCE');
    const far = row(pair({}, {}, { distanceKm: 300 }), 'DISTANCE');
    expect(near.value).toBeGreaterThan(far.value);
    expect(far.value).toBeCloseTo(0.25, 3);
    expect(row(pair({}), 'DISTANCE')).toMatchObject({ sentenceZh: '相距 86 公里，位于江苏省（跨省）', sentenceEn: '86 km away, in Jiangsu — cross-province' });
  });

  it('compares monthly capacity with yearly volume in the same unit only', () => {
    expect(row(pair({ quantity: 100, unit: 'kg' }, { quantity: 600, unit: 'kg' }), 'QUANTITY_FIT').value).toBe(1);
    expect(row(pair({ quantity: 10, unit: 'kg' }, { quantity: 240, unit: 'kg' }), 'QUANTITY_FIT').value).toBe(0.5);
    expect(row(pair({ quantity: 10, unit: 'kg' }, { quantity: 240, unit: '吨' }), 'QUANTITY_FIT').value).toBe(0.5);
  });

  it('requires certifications required ⊆ held', () => {
    expect(row(pair({ certifications: ['ISO 9001', 'IATF 16949'] }, { certifications: ['iso9001'] }), 'CERTIFICATIONS').value).toBe(1);
    expect(row(pair({ certifications: ['ISO 9001'] }, { certifications: ['ISO 9001', 'IATF 16949'] }), 'CERTIFICATIONS'))
      .toMatchObject({ value: 0.5, sentenceEn: 'Missing certifications: IATF 16949' });
  });

  it('rewards overlapping prices, quick delivery, verification, freshness and quick answers', () => {
    expect(row(pair({ priceMinCny: 5 }, { priceMaxCny: 8 }), 'PRICE_OVERLAP').value).toBe(1);
    expect(row(pair({ priceMinCny: 10 }, { priceMaxCny: 8 }), 'PRICE_OVERLAP').value).toBeCloseTo(0.6);
    expect(row(pair({ leadTimeDays: 30 }, { leadTimeDays: 15 }), 'LEAD_TIME').value).toBe(0.5);
    expect(row(pair({ verified: true }), 'VERIFIED').value).toBe(1);
    expect(row(pair({ publishedAt: new Date(NOW.getTime() - 60 * 86_400_000) }), 'FRESHNESS').value).toBeCloseTo(0.5);
    expect(row(pair({ medianResponseHours: 48 }), 'RESPONSIVENESS').value).toBe(0.5);
  });

  it('lets configured weights change the ranking', () => {
    const closeButVague = pair({ tokens: new Set() }, {}, { distanceKm: 5 });
    const farButOnPoint = pair({ tokens: new Set(['硅片', '12英寸', '光刻胶']) }, {}, { distanceKm: 400 });
    const distanceOnly = parseMatchWeights(JSON.stringify(Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((k) => [k, k === 'DISTANCE' ? 1 : 0]))));
    const textOnly = parseMatchWeights(JSON.stringify(Object.fromEntries(Object.keys(DEFAULT_MATCH_WEIGHTS).map((k) => [k, k === 'TEXT_RELEVANCE' ? 1 : 0]))));
    expect(scorePair(closeButVague, distanceOnly, SETTINGS).score).toBeGreaterThan(scorePair(farButOnPoint, distanceOnly, SETTINGS).score);
    expect(scorePair(closeButVague, textOnly, SETTINGS).score).toBeLessThan(scorePair(farButOnPoint, textOnly, SETTINGS).score);
  });
});

describe('match weights configuration', () => {
  it.each(['not json', '[1]', '{"SPEED": 1}', '{"DISTANCE": -1}', '{"DISTANCE": "high"}'])('refuses %s', (json) => {
    expect(() => parseMatchWeights(json)).toThrow(InvalidMatchWeightsError);
  });
});

describe('eligibility', () => {
  const demand = side({ enterpriseId: 'd', kind: 'DEMAND', provinceAdcode: '310000' });
  it('never pairs an enterprise with itself', () => {
    expect(isEligible(demand, side({ enterpriseId: 'd' }), 10)).toBe(false);
  });
  it('respects provinces accepted by the buyer and served by the supplier', () => {
    expect(isEligible({ ...demand, servedProvinceAdcodes: ['310000'] }, side({ provinceAdcode: '320000' }), 10)).toBe(false);
    expect(isEligible(demand, side({ servedProvinceAdcodes: ['320000'] }), 10)).toBe(false);
    expect(isEligible({ ...demand, servedProvinceAdcodes: ['320000'] }, side({ servedProvinceAdcodes: ['310000', '320000'] }), 10)).toBe(true);
  });
  it('respects either side\'s radius', () => {
    expect(isEligible({ ...demand, serviceRadiusKm: 50 }, side({}), 86)).toBe(false);
    expect(isEligible(demand, side({ serviceRadiusKm: 100 }), 86)).toBe(true);
  });
});

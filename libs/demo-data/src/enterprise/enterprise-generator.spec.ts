import { checkUscc } from '../../../enterprises/src/uscc/uscc.js';
import { isMainlandPhone } from '../../../enterprises/src/phone-number.js';
import type { DemoEnterprise, DemoReferenceData } from '../demo-data.types.js';
import { loadRealReferenceData } from '../testing/real-reference-data.js';
import { generateDemoEnterprises } from './enterprise-generator.js';

const ref = loadRealReferenceData();
const options = { seed: 20_261_122, now: new Date('2026-11-22T00:00:00Z') };
const countyByAdcode = new Map(ref.counties.map((county) => [county.adcode, county]));
const segmentById = new Map(ref.segments.map((segment) => [segment.id, segment]));
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const countyOf = (enterprise: DemoEnterprise) => countyByAdcode.get(enterprise.countyAdcode);
const chainOf = (enterprise: DemoEnterprise) => segmentById.get(enterprise.segmentIds[0])?.chainId;

describe('generateDemoEnterprises', () => {
  let enterprises: DemoEnterprise[];
  beforeAll(() => {
    enterprises = generateDemoEnterprises(ref, 5000, options);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateDemoEnterprises(ref, 300, options)).toEqual(generateDemoEnterprises(ref, 300, options));
    const other = generateDemoEnterprises(ref, 300, { ...options, seed: options.seed + 1 });
    expect(other.map((enterprise) => enterprise.uscc)).not.toEqual(enterprises.slice(0, 300).map((enterprise) => enterprise.uscc));
  });

  it('gives unique UUID v4 ids', () => {
    for (const enterprise of enterprises) expect(enterprise.id).toMatch(UUID_V4);
    expect(new Set(enterprises.map((enterprise) => enterprise.id)).size).toBe(enterprises.length);
  });

  it('gives valid, unique USCCs registered in the county, about 3% in another province', () => {
    const divisions = enterprises.map((enterprise) => {
      const check = checkUscc(enterprise.uscc);
      if (!check.valid) throw new Error(`${enterprise.uscc}: ${check.message}`);
      return check;
    });
    expect(new Set(enterprises.map((enterprise) => enterprise.uscc)).size).toBe(enterprises.length);
    const elsewhere = divisions.filter((check, i) => check.provinceCode !== countyOf(enterprises[i])?.provinceAdcode);
    const inCounty = divisions.filter((check, i) => check.divisionCode === enterprises[i].countyAdcode);
    expect(elsewhere.length / enterprises.length).toBeGreaterThan(0.01);
    expect(elsewhere.length / enterprises.length).toBeLessThan(0.06);
    expect(inCounty.length + elsewhere.length).toBe(enterprises.length);
  });

  it('covers all 41 cities and 11 chains with 2 000 enterprises, big cities weighing more', () => {
    const sample = generateDemoEnterprises(ref, 2000, options);
    const perCity = countBy(sample, (enterprise) => countyOf(enterprise)?.cityAdcode);
    expect(perCity.size).toBe(41);
    expect(perCity.get('310100')).toBeGreaterThan(4 * (perCity.get('341000') ?? 0)); // Shanghai vs Huangshan
    expect(new Set(sample.map(chainOf)).size).toBe(11);
  });

  it('places some enterprises in every city from 200 on', () => {
    const cities = new Set(generateDemoEnterprises(ref, 200, options).map((enterprise) => countyOf(enterprise)?.cityAdcode));
    expect(cities.size).toBe(41);
  });

  it('gives 1-3 segments of one chain, each adjacent to another when several', () => {
    for (const { segmentIds } of enterprises) {
      expect(segmentIds.length).toBeGreaterThanOrEqual(1);
      expect(segmentIds.length).toBeLessThanOrEqual(3);
      const segments = segmentIds.map((id) => segmentById.get(id));
      expect(new Set(segments.map((segment) => segment?.chainId)).size).toBe(1);
      if (segments.length === 1) continue;
      for (const segment of segments) {
        const linked = segments.some((other) => other?.feeds.includes(segment?.id ?? '') || segment?.feeds.includes(other?.id ?? ''));
        expect(linked).toBe(true);
      }
    }
  });

  it('names enterprises after their city, in Chinese and matching English', () => {
    for (const enterprise of enterprises.slice(0, 500)) {
      const city = ref.cities.find((candidate) => candidate.adcode === countyOf(enterprise)?.cityAdcode);
      expect(enterprise.nameZh).toContain(city?.nameZh.replace(/市$/, ''));
      expect(enterprise.nameZh).toMatch(/(有限公司|股份有限公司|集团有限公司)$/);
      expect(enterprise.nameEn).toContain(city?.nameEn);
      expect(enterprise.nameEn).toMatch(/^[A-Z][A-Za-z' &(),.-]+ (Group )?Co\., Ltd\.$/);
    }
    expect(new Set(enterprises.slice(0, 2000).map((enterprise) => enterprise.nameZh)).size).toBe(2000);
  });

  it('gives a Chinese contact whose number and e-mail read as real and reach no one', () => {
    for (const { contact } of enterprises) {
      expect(contact.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
      expect(isMainlandPhone(contact.phone)).toBe(true);
      // A subscriber number after the area code never begins with 0 (the trunk prefix).
      expect(contact.phone).toMatch(/^0\d{2,3}-0\d{3} \d{4}$/);
      expect(contact.email).toMatch(/^[a-z0-9.]+@([a-z0-9-]+\.example|example\.(com|org|net))$/);
    }
  });

  it('verifies about a third, larger enterprises more often, never one registered elsewhere', () => {
    const verified = enterprises.filter((enterprise) => enterprise.verifiedAt !== null);
    expect(verified.length / enterprises.length).toBeGreaterThan(0.25);
    expect(verified.length / enterprises.length).toBeLessThan(0.45);
    const shareOf = (size: string) => verified.filter((e) => e.size === size).length / enterprises.filter((e) => e.size === size).length;
    expect(shareOf('LARGE')).toBeGreaterThan(shareOf('MICRO') * 3);
    expect(verified.filter((enterprise) => enterprise.uscc.slice(2, 4) !== enterprise.countyAdcode.slice(0, 2))).toEqual([]);
    expect(verified.filter((enterprise) => enterprise.verifiedAt! > options.now)).toEqual([]);
  });

  it('geocodes about 70% of enterprises within ~5 km of their county seat', () => {
    const located = enterprises.filter((enterprise) => enterprise.lat !== null);
    expect(located.length / enterprises.length).toBeGreaterThan(0.65);
    expect(located.length / enterprises.length).toBeLessThan(0.75);
    for (const enterprise of located) {
      const county = countyOf(enterprise);
      expect(distanceKm(enterprise, county as { lat: number; lng: number })).toBeLessThanOrEqual(5.01);
    }
    expect(enterprises.every((enterprise) => (enterprise.lat === null) === (enterprise.lng === null))).toBe(true);
  });

  it('mixes enterprise sizes, small ones most common', () => {
    const perSize = countBy(enterprises, (enterprise) => enterprise.size);
    expect(perSize.get('LARGE')).toBeLessThan(perSize.get('MEDIUM') ?? 0);
    expect(perSize.get('MEDIUM')).toBeLessThan(perSize.get('SMALL') ?? 0);
  });
});

describe('generateDemoEnterprises on a small fixture', () => {
  const fixture: DemoReferenceData = {
    cities: [{ adcode: '330300', provinceAdcode: '330000', nameZh: '温州市', nameEn: 'Wenzhou', lat: 28, lng: 120.7 }],
    counties: [
      { adcode: '330302', cityAdcode: '330300', provinceAdcode: '330000', nameZh: '鹿城区', nameEn: 'Lucheng', lat: null, lng: null },
    ],
    segments: ref.segments.filter((segment) => segment.chainId === 'textile'),
  };

  it('leaves the point empty where the county has no coordinates', () => {
    const enterprises = generateDemoEnterprises(fixture, 50, options);
    expect(enterprises.every((enterprise) => enterprise.lat === null && enterprise.lng === null)).toBe(true);
    expect(enterprises.every((enterprise) => enterprise.segmentIds[0].startsWith('textile.'))).toBe(true);
  });

  it('registers every enterprise at home when no other province is known', () => {
    const enterprises = generateDemoEnterprises(fixture, 200, options);
    expect(enterprises.every((enterprise) => enterprise.uscc.slice(2, 8) === '330302')).toBe(true);
  });

  it('returns nothing for a count of zero and refuses reference data without segments', () => {
    expect(generateDemoEnterprises(fixture, 0, options)).toEqual([]);
    expect(() => generateDemoEnterprises({ ...fixture, segments: [] }, 1, options)).toThrow(/segments/);
  });
});

function countBy<T>(items: T[], keyOf: (item: T) => string | undefined): Map<string | undefined, number> {
  const counts = new Map<string | undefined, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return counts;
}

function distanceKm(a: { lat: number | null; lng: number | null }, b: { lat: number; lng: number }): number {
  const toRad = Math.PI / 180;
  const dLat = ((a.lat ?? 0) - b.lat) * toRad;
  const dLng = ((a.lng ?? 0) - b.lng) * toRad * Math.cos(b.lat * toRad);
  return 6371 * Math.hypot(dLat, dLng);
}

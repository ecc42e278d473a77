import type { DemoEnterprise, DemoListing, DemoReferenceData, DemoSegment } from '../demo-data.types.js';
import { generateDemoEnterprises } from '../enterprise/enterprise-generator.js';
import { loadRealReferenceData } from '../testing/real-reference-data.js';
import { certificationsFor } from '../vocabulary/certifications.js';
import { UNITS } from '../vocabulary/units.js';
import { generateDemoListings } from './listing-generator.js';

const ref = loadRealReferenceData();
const options = { seed: 7, now: new Date('2026-11-22T08:30:00Z') };
const enterprises = generateDemoEnterprises(ref, 1500, options);
const enterpriseById = new Map(enterprises.map((enterprise) => [enterprise.id, enterprise]));
const countyByAdcode = new Map(ref.counties.map((county) => [county.adcode, county]));
const segmentById = new Map(ref.segments.map((segment) => [segment.id, segment]));
const UNIT_CODES = new Set(Object.values(UNITS).map((unit) => unit.code));

describe('generateDemoListings', () => {
  let listings: DemoListing[];
  beforeAll(() => {
    listings = generateDemoListings(ref, enterprises, { start: 0, count: 10_000 }, options);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemoListings(ref, enterprises, { start: 0, count: 200 }, options);
    expect(again).toEqual(listings.slice(0, 200));
    const other = generateDemoListings(ref, enterprises, { start: 0, count: 200 }, { ...options, seed: 8 });
    expect(other.map((listing) => listing.title)).not.toEqual(again.map((listing) => listing.title));
  });

  it('gives listing n the same content whatever the chunking', () => {
    const chunked = [
      { start: 0, count: 7 },
      { start: 7, count: 150 },
      { start: 157, count: 1 },
      { start: 158, count: 342 },
    ].flatMap((range) => generateDemoListings(ref, enterprises, range, options));
    expect(chunked).toEqual(listings.slice(0, 500));
    expect(generateDemoListings(ref, enterprises, { start: 9_990, count: 10 }, options)).toEqual(listings.slice(9_990));
  });

  // Checks over 10 000 listings collect the offenders: one assertion each is fast and names them on failure.
  const offenders = (predicate: (listing: DemoListing) => boolean) => listings.filter(predicate).slice(0, 3);

  it('gives unique UUID v4 ids and belongs to generated enterprises', () => {
    expect(new Set(listings.map((listing) => listing.id)).size).toBe(listings.length);
    expect(offenders((listing) => !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(listing.id))).toEqual([]);
    expect(offenders((listing) => !enterpriseById.has(listing.enterpriseId))).toEqual([]);
  });

  it('keeps text within its bounds', () => {
    expect(offenders((listing) => listing.title.length < 6 || listing.title.length > 120)).toEqual([]);
    expect(offenders((listing) => listing.description.length < 80 || listing.description.length > 1500)).toEqual([]);
    expect(offenders((listing) => /undefined|null|NaN/.test(listing.title + listing.description))).toEqual([]);
    expect(offenders((listing) => listing.keywords.length < 2 || listing.keywords.length > 8)).toEqual([]);
    expect(offenders((listing) => new Set(listing.keywords).size !== listing.keywords.length)).toEqual([]);
    expect(offenders((listing) => listing.keywords.some((keyword) => keyword.length > 40))).toEqual([]);
  });

  it('mixes Chinese, English and bilingual titles', () => {
    const chinese = share(listings, (listing) => /[\u4e00-\u9fff]/.test(listing.title) && !listing.title.includes(' | '));
    const bilingual = share(listings, (listing) => listing.title.includes(' | '));
    const english = share(listings, (listing) => !/[\u4e00-\u9fff]/.test(listing.title));
    expect(chinese).toBeCloseTo(0.6, 1);
    expect(bilingual).toBeCloseTo(0.25, 1);
    expect(english).toBeCloseTo(0.15, 1);
  });

  it('offers own segments and mostly asks for the segments feeding them', () => {
    const ownSegments = (listing: DemoListing) => enterpriseById.get(listing.enterpriseId)?.segmentIds ?? [];
    const feeders = (listing: DemoListing) =>
      ref.segments.filter((segment) => segment.feeds.some((id) => ownSegments(listing).includes(id))).map((segment) => segment.id);
    const supply = listings.filter((listing) => listing.kind === 'SUPPLY');
    const demand = listings.filter((listing) => listing.kind === 'DEMAND');
    expect(supply.filter((listing) => !ownSegments(listing).includes(listing.segmentId))).toEqual([]);
    expect(demand.filter((listing) => ![...ownSegments(listing), ...feeders(listing)].includes(listing.segmentId))).toEqual([]);
    // Where the enterprise has suppliers' segments to turn to, most demand goes there.
    const canBuyUpstream = demand.filter((listing) => feeders(listing).some((id) => !ownSegments(listing).includes(id)));
    expect(share(canBuyUpstream, (listing) => !ownSegments(listing).includes(listing.segmentId))).toBeGreaterThan(0.7);
  });

  it('quotes consistent figures', () => {
    expect(offenders((listing) => (listing.priceMinCny === null) !== (listing.priceMaxCny === null))).toEqual([]);
    expect(offenders((listing) => listing.priceMinCny !== null && !(0 < listing.priceMinCny && listing.priceMinCny <= (listing.priceMaxCny ?? 0)))).toEqual([]);
    expect(offenders((listing) => listing.quantity !== null && !(listing.quantity >= 1))).toEqual([]);
    expect(offenders((listing) => (listing.quantity === null ? listing.quantityUnit !== null : !UNIT_CODES.has(listing.quantityUnit ?? '')))).toEqual([]);
    expect(offenders((listing) => (listing.priceMinCny === null ? listing.priceUnit !== null : !UNIT_CODES.has(listing.priceUnit ?? '')))).toEqual([]);
    expect(offenders((listing) => listing.leadTimeDays !== null && !(listing.leadTimeDays >= 3 && listing.leadTimeDays <= 180))).toEqual([]);
    expect(share(listings, (listing) => listing.priceMinCny === null)).toBeCloseTo(0.15, 1);
  });

  it('lists certifications relevant to the segment’s chain', () => {
    const relevant = (listing: DemoListing) => {
      const segment = segmentById.get(listing.segmentId) as DemoSegment;
      return certificationsFor(segment.chainId, segment.id);
    };
    expect(offenders((listing) => listing.certifications.some((name) => !relevant(listing).includes(name)))).toEqual([]);
    expect(offenders((listing) => listing.kind === 'SUPPLY' && listing.certifications.length === 0)).toEqual([]);
  });

  it('places listings in the enterprise county, or another county of its city', () => {
    const atHome = share(listings, (listing) => listing.countyAdcode === enterpriseById.get(listing.enterpriseId)?.countyAdcode);
    expect(atHome).toBeGreaterThan(0.85);
    expect(atHome).toBeLessThan(0.95);
    const misplaced = offenders((listing) => {
      const enterprise = enterpriseById.get(listing.enterpriseId) as DemoEnterprise;
      const home = countyByAdcode.get(enterprise.countyAdcode);
      const county = countyByAdcode.get(listing.countyAdcode);
      const expectedPoint = county === home && enterprise.lat !== null ? enterprise : county;
      return county?.cityAdcode !== home?.cityAdcode || listing.lat !== expectedPoint?.lat || listing.lng !== expectedPoint?.lng;
    });
    expect(misplaced).toEqual([]);
  });

  it('serves the whole delta for about half, else 1-3 provinces including its own', () => {
    expect(share(listings, (listing) => listing.servedProvinceAdcodes.length === 0)).toBeCloseTo(0.5, 1);
    const provinces = ['310000', '320000', '330000', '340000'];
    const badlyServed = offenders(({ servedProvinceAdcodes: served, countyAdcode }) => {
      const own = countyByAdcode.get(countyAdcode)?.provinceAdcode ?? '';
      const wellFormed = served.length <= 3 && served.includes(own) && served.every((province) => provinces.includes(province));
      return served.length > 0 && !wellFormed;
    });
    expect(badlyServed).toEqual([]);
    expect(share(listings, (listing) => listing.serviceRadiusKm !== null)).toBeCloseTo(0.15, 1);
    expect(offenders(({ serviceRadiusKm: km }) => km !== null && !(km >= 50 && km <= 800))).toEqual([]);
  });

  it('mixes statuses like a live marketplace', () => {
    const expected = { ACTIVE: 0.8, DRAFT: 0.07, PAUSED: 0.05, CLOSED: 0.05, EXPIRED: 0.03 };
    for (const [status, expectedShare] of Object.entries(expected)) {
      const actual = share(listings, (listing) => listing.status === status);
      expect(Math.abs(actual - expectedShare)).toBeLessThan(0.015);
    }
  });

  it('dates listings within the last 180 days, expired ones before now and the others after', () => {
    const now = options.now.getTime();
    const day = 86_400_000;
    const misdated = offenders((listing) => {
      const [createdAt, validFrom, validUntil] = [listing.createdAt, listing.validFrom, listing.validUntil].map((date) => date.getTime());
      const ended = listing.status === 'EXPIRED' ? validUntil < now : validUntil > now;
      const validity = validUntil - validFrom;
      return !(now - 180 * day <= createdAt && createdAt <= validFrom && validFrom <= now && ended && validity >= 30 * day && validity <= 365 * day);
    });
    expect(misdated).toEqual([]);
  });
});

describe('generateDemoListings on a fixture with a segment staff added', () => {
  const hydrogen: DemoSegment = {
    id: 'nev.hydrogen',
    chainId: 'nev',
    nameZh: '氢燃料电池',
    nameEn: 'Hydrogen fuel cells',
    stage: 'MIDSTREAM',
    feeds: ['nev.vehicle'],
  };
  const fixture: DemoReferenceData = { ...ref, segments: [...ref.segments, hydrogen] };
  const buyer: DemoEnterprise = { ...enterprises[0], segmentIds: ['nev.vehicle'] };
  const seller: DemoEnterprise = { ...enterprises[1], id: 'seller', segmentIds: ['nev.hydrogen'] };

  it('still writes listings about it, without figures for the unknown product', () => {
    const listings = generateDemoListings(fixture, [buyer, seller], { start: 0, count: 2000 }, options);
    const aboutHydrogen = listings.filter((listing) => listing.segmentId === 'nev.hydrogen');
    expect(aboutHydrogen.some((listing) => listing.kind === 'DEMAND')).toBe(true);
    expect(aboutHydrogen.filter((listing) => !/氢燃料电池|ydrogen fuel cells/.test(listing.title))).toEqual([]);
    expect(aboutHydrogen.filter((listing) => listing.quantityUnit !== null || listing.quantity !== null || listing.priceMinCny !== null)).toEqual([]);
    expect(aboutHydrogen.filter((listing) => listing.description.length < 80)).toEqual([]);
  });

  it('refuses to write listings without enterprises', () => {
    expect(() => generateDemoListings(fixture, [], { start: 0, count: 1 }, options)).toThrow(/enterprises/);
    expect(generateDemoListings(fixture, [], { start: 0, count: 0 }, options)).toEqual([]);
  });
});

function share<T>(items: T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length / items.length;
}

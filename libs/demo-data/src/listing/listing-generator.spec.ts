import type { DemoEnterprise, DemoListing, DemoReferenceData, DemoSegment } from '../demo-data.types.js';
import { generateDemoEnterprises } from '../enterprise/enterprise-generator.js';
import { loadRealReferenceData } from '../testing/real-reference-data.js';
import { certificationsFor, isLicenceLike } from '../vocabulary/certifications.js';
import { shortSegmentName } from '../vocabulary/segment-vocabulary.js';
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
    expect(offenders((listing) => listing.keywords.length < 1 || listing.keywords.length > 4)).toEqual([]);
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

  const ownSegments = (listing: DemoListing) => enterpriseById.get(listing.enterpriseId)?.segmentIds ?? [];
  /** A buyer genuinely buys what `segmentId` makes: its own segments are fed by it, or it is an end segment's own operator. */
  const buysFrom = (listing: DemoListing, segmentId: string) => {
    const segment = segmentById.get(segmentId)!;
    return ownSegments(listing).some((own) => segment.feeds.includes(own)) || (segment.feeds.length === 0 && ownSegments(listing).includes(segmentId));
  };

  it('offers own segments, and asks only for what the buyer genuinely buys, filed under the product\'s segment or its own', () => {
    const supply = listings.filter((listing) => listing.kind === 'SUPPLY');
    const demand = listings.filter((listing) => listing.kind === 'DEMAND');
    expect(supply.filter((listing) => !ownSegments(listing).includes(listing.segmentId))).toEqual([]);
    const underProduct = demand.filter((listing) => buysFrom(listing, listing.segmentId));
    const underOwn = demand.filter((listing) => !buysFrom(listing, listing.segmentId));
    expect(underOwn.filter((listing) => !ownSegments(listing).includes(listing.segmentId))).toEqual([]);
    expect(underProduct.length / demand.length).toBeGreaterThan(0.65);
  });

  it('gives every segment genuine suppliers and genuine buyers', () => {
    const offered = new Set(listings.filter((l) => l.kind === 'SUPPLY' && ownSegments(l).includes(l.segmentId)).map((l) => l.segmentId));
    const bought = new Set(listings.filter((l) => l.kind === 'DEMAND' && buysFrom(l, l.segmentId)).map((l) => l.segmentId));
    expect(ref.segments.filter((segment) => !offered.has(segment.id)).map((segment) => segment.id)).toEqual([]);
    expect(ref.segments.filter((segment) => !bought.has(segment.id)).map((segment) => segment.id)).toEqual([]);
  });

  it('gives every segment a maker\'s offer and a genuine buyer\'s need in a small set too (300 enterprises, 3 000 listings)', () => {
    const few = generateDemoEnterprises(ref, 300, options);
    const small = generateDemoListings(ref, few, { start: 0, count: 3000 }, options);
    const ownOf = new Map(few.map((enterprise) => [enterprise.id, enterprise.segmentIds]));
    const offered = new Set(small.filter((l) => l.kind === 'SUPPLY' && ownOf.get(l.enterpriseId)!.includes(l.segmentId)).map((l) => l.segmentId));
    const needed = new Set(small.filter((l) => {
      const segment = segmentById.get(l.segmentId)!;
      const own = ownOf.get(l.enterpriseId)!;
      return l.kind === 'DEMAND' && (own.some((id) => segment.feeds.includes(id)) || (segment.feeds.length === 0 && own.includes(segment.id)));
    }).map((l) => l.segmentId));
    expect(ref.segments.filter((s) => !offered.has(s.id) || !needed.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('keeps keywords to the listing\'s own product and category: no other product\'s name', () => {
    const categories = new Set(ref.segments.flatMap((segment) => Object.values(shortSegmentName(segment))));
    const inTitle = (listing: DemoListing, keyword: string) => listing.title.toLowerCase().includes(keyword.toLowerCase());
    expect(offenders((listing) => listing.keywords.some((keyword) => !inTitle(listing, keyword) && !categories.has(keyword)))).toEqual([]);
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

  it('lists certifications that fit the product, and makes only licences and sector systems mandatory', () => {
    const relevant = (listing: DemoListing) => {
      const filed = segmentById.get(listing.segmentId) as DemoSegment;
      const products = [filed, ...ref.segments.filter((segment) => segment.feeds.includes(filed.id))];
      return products.flatMap((segment) => certificationsFor(segment.chainId, segment.id));
    };
    const all = (listing: DemoListing) => [...listing.certifications, ...listing.mandatoryCertifications];
    expect(offenders((listing) => all(listing).some((name) => !relevant(listing).includes(name)))).toEqual([]);
    expect(offenders((listing) => listing.kind === 'SUPPLY' && listing.certifications.length === 0)).toEqual([]);
    expect(offenders((listing) => listing.kind === 'SUPPLY' && listing.mandatoryCertifications.length > 0)).toEqual([]);
    expect(offenders((listing) => listing.mandatoryCertifications.some((name) => !isLicenceLike(name)))).toEqual([]);
    expect(share(listings.filter((l) => l.kind === 'DEMAND'), (l) => l.mandatoryCertifications.length > 0)).toBeGreaterThan(0.1);
    expect(offenders((l) => l.kind === 'SUPPLY' && l.segmentId === 'nev.battery_materials' && l.certifications.includes('ISO 26262'))).toEqual([]);
  });

  it('states quantities on a basis that fits the trade, prices per a catalogue unit', () => {
    const supply = listings.filter((l) => l.kind === 'SUPPLY' && l.quantity !== null);
    const demand = listings.filter((l) => l.kind === 'DEMAND' && l.quantity !== null);
    expect(offenders((l) => (l.quantity === null) !== (l.quantityBasis === null))).toEqual([]);
    expect(offenders((l) => l.kind === 'SUPPLY' && l.quantityBasis === 'PER_ORDER')).toEqual([]);
    expect(share(supply, (l) => l.quantityBasis === 'PER_MONTH')).toBeGreaterThan(0.8);
    expect(share(demand, (l) => l.quantityBasis === 'PER_YEAR')).toBeGreaterThan(0.5);
    expect(share(demand, (l) => l.quantityBasis === 'PER_ORDER')).toBeGreaterThan(0.02);
    expect(offenders((l) => l.quantityBasis === 'PER_ORDER' && l.quantityUnit === 'kg')).toEqual([]);
    expect(share(listings.filter((l) => l.priceUnit !== null), (l) => l.priceUnit !== l.quantityUnit && l.quantityUnit !== null)).toBeGreaterThan(0.02);
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

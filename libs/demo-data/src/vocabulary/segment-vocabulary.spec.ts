import type { DemoSegment } from '../demo-data.types.js';
import { loadChainSegments } from '../testing/real-reference-data.js';
import { certificationsFor } from './certifications.js';
import { SEGMENT_VOCABULARY, shortSegmentName, TERM_MAX_LENGTH, vocabularyFor } from './segment-vocabulary.js';
import { UNITS } from './units.js';

const segments = loadChainSegments();

describe('segment vocabulary', () => {
  it('covers all 85 segments of the chain taxonomy, and only those', () => {
    expect(segments).toHaveLength(85);
    expect([...SEGMENT_VOCABULARY.keys()].sort()).toEqual(segments.map((segment) => segment.id).sort());
  });

  it.each(segments.map((segment) => [segment.id]))('%s has 3-6 products and industry terms', (id) => {
    const vocabulary = SEGMENT_VOCABULARY.get(id);
    expect(vocabulary?.products.length).toBeGreaterThanOrEqual(3);
    expect(vocabulary?.products.length).toBeLessThanOrEqual(6);
    expect(vocabulary?.companyTerms.length).toBeGreaterThanOrEqual(2);
  });

  const products = [...SEGMENT_VOCABULARY.values()].flatMap((vocabulary) => vocabulary.products);

  it('writes every product in Chinese and English within the keyword length', () => {
    for (const product of products) {
      expect(product.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(product.en).toMatch(/^[\x20-\x7e\u00b5\u03bc]+$/); // ASCII, plus μ in "6 μm"
      expect(Math.max(product.zh.length, product.en.length)).toBeLessThanOrEqual(TERM_MAX_LENGTH);
    }
  });

  it('gives every product a known unit and a positive price range', () => {
    for (const product of products) {
      expect(Object.keys(UNITS)).toContain(product.unit);
      const [min, max] = product.priceCny ?? [NaN, NaN];
      expect(min).toBeGreaterThan(0);
      expect(max).toBeGreaterThan(min);
    }
  });

  it('never repeats a product name within a segment', () => {
    for (const vocabulary of SEGMENT_VOCABULARY.values()) {
      const names = vocabulary.products.map((product) => product.zh);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('a segment added by staff, without vocabulary', () => {
  const added: DemoSegment = {
    id: 'nev.hydrogen',
    chainId: 'nev',
    nameZh: '氢燃料电池（电堆、膜电极）',
    nameEn: 'Hydrogen fuel cells (stacks, MEAs)',
    stage: 'MIDSTREAM',
    feeds: ['nev.vehicle'],
  };

  it('trades under its own short name, with nothing to quote', () => {
    expect(vocabularyFor(added).products).toEqual([
      { zh: '氢燃料电池', en: 'Hydrogen fuel cells', unit: null, priceCny: null, isService: false },
    ]);
  });

  it('gets the certifications of its chain', () => {
    expect(certificationsFor(added.chainId, added.id)).toContain('IATF 16949');
  });
});

describe('shortSegmentName', () => {
  it('drops the parenthesised examples in both languages', () => {
    const materials = segments.find((segment) => segment.id === 'ic.materials') as DemoSegment;
    expect(shortSegmentName(materials)).toEqual({ zh: '半导体材料', en: 'Semiconductor materials' });
  });
});

describe('certificationsFor', () => {
  it('uses the papers each segment trades on', () => {
    expect(certificationsFor('aircraft', 'aircraft.airframe')).toContain('AS9100D');
    expect(certificationsFor('biomed', 'biomed.devices')).toContain('ISO 13485');
    expect(certificationsFor('biomed', 'biomed.devices')).not.toContain('GMP');
    expect(certificationsFor('health', 'health.smart_health')).not.toContain('GMP');
    expect(certificationsFor('nev', 'nev.battery_materials')).not.toContain('ISO 26262');
    expect(certificationsFor('textile', 'textile.chemical_fiber')).not.toContain('GOTS');
    expect(certificationsFor('eco', 'eco.operation')).toContain('危险废物经营许可证');
    expect(certificationsFor('unknown', 'unknown.segment')).toEqual(['ISO 9001', 'ISO 14001', 'ISO 45001']);
  });

  it('has a list for every segment of the shipped chains', () => {
    const generic = segments.filter((segment) => certificationsFor('unknown', segment.id).join() === 'ISO 9001,ISO 14001,ISO 45001');
    expect(generic.map((segment) => segment.id)).toEqual([]);
  });
});

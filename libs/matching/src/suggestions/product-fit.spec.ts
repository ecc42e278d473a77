import { Lexicon, type TermGroup } from '@chainmatch/lexicon';
import type { OfferKeys, ProductTerm, TermRole } from '@chainmatch/search';
import { shippedUnitCatalogue } from '@chainmatch/units';
import { NonProductWords, placeWords } from './non-product-words.js';
import { termNames, textRelevance } from './factors/text-relevance.factor.js';
import { fitsProduct, mainProductKeys, needProfile, offerProfile, productFit, productQueries } from './product-fit.js';
import { fit, pair, PHOTORESIST, WAFERS } from '../testing/pair-fixtures.js';

const group = (id: string, zh: string, en: string, broader?: string): TermGroup =>
  ({ id, chainId: id.split('.')[0], segments: ['nev.battery_materials'], type: 'MATERIAL', zh: [zh], variants: [], en: [en], abbr: [], broader });
const lexicon = new Lexicon([
  group('nev.cathode', '正极材料', 'cathode material'), group('nev.lfp', '磷酸铁锂', 'lithium iron phosphate', 'nev.cathode'),
  group('nev.ncm', '三元正极材料', 'NCM cathode', 'nev.cathode'),
]);
const nonProduct = new NonProductWords(shippedUnitCatalogue().aliasKeys(), placeWords([{ nameZh: '南通市', nameEn: 'Nantong' }]));
const term = (tokens: string[], groupIds: string[] = [], role: TermRole = 'MAIN'): ProductTerm => ({ tokens, groupIds, role });
const need = (...terms: ProductTerm[]) => needProfile(terms, lexicon, nonProduct);
const offer = (keys: Partial<OfferKeys>) => offerProfile({ title: [], qualifiers: [], keywords: [], description: [], incidental: [], breadth: 1, ...keys });

describe('product fit', () => {
  const lfpNeed = need(term(['南通市']), term(['磷酸铁锂'], ['nev.lfp'], 'HEAD'), term(['高压实']), term(['吨']), term(['正极材料'], ['nev.cathode'], 'KEYWORD'));

  it('weighs a rare lexicon product above a plain word, leaves units and places out, and halves what only the keywords name', () => {
    expect(lfpNeed.terms.map((t) => [t.names.zh, t.weight])).toEqual([['磷酸铁锂', 3.5], ['高压实', 1.8], ['正极材料', 1.5]]);
    expect(lfpNeed.productSegments).toEqual(new Set(['nev.battery_materials']));
  });

  it('counts the title above the keywords above the description, and a keyword nothing else says barely', () => {
    const value = (keys: Partial<OfferKeys>) => productFit(lfpNeed, offer(keys)).value!;
    const inTitle = value({ title: ['@g:nev.lfp', '@u:nev.cathode'] });
    const inKeywords = value({ keywords: ['@g:nev.lfp', '@u:nev.cathode'] });
    const inDescription = value({ description: ['@g:nev.lfp', '@u:nev.cathode'] });
    const stuffed = value({ title: ['铜箔'], incidental: ['@g:nev.lfp', '@u:nev.cathode'] });
    expect(inTitle).toBeGreaterThan(inKeywords);
    expect(inKeywords).toBeGreaterThan(inDescription);
    expect(inDescription).toBeGreaterThan(stuffed);
    expect(inTitle).toBeCloseTo((3.5 + 1.5 * 0.9) / 6.8, 4);
    expect(fitsProduct(productFit(lfpNeed, offer({ title: ['铜箔'], incidental: ['@g:nev.lfp', '@u:nev.cathode'] })), 0.3)).toBe(false);
  });

  it('answers a need for cathode materials with an LFP offer (narrower), an LFP need half with "cathode materials", not with NCM', () => {
    expect(productFit(need(term(['正极材料'], ['nev.cathode'], 'HEAD')), offer({ title: ['@g:nev.lfp', '@u:nev.cathode'] })).value).toBeCloseTo(0.9);
    expect(productFit(need(term(['磷酸铁锂'], ['nev.lfp'], 'HEAD')), offer({ title: ['@g:nev.cathode'] })).value).toBeCloseTo(0.5);
    expect(productFit(need(term(['磷酸铁锂'], ['nev.lfp'], 'HEAD')), offer({ title: ['@g:nev.ncm', '@u:nev.cathode'] })).value).toBe(0);
    expect(productFit(need(term(['磷酸铁锂'], ['nev.lfp'], 'HEAD')), offer({ title: ['@g:nev.ncm', '@u:nev.cathode', '@g:nev.cathode'] })).value).toBe(0);
    // Beside the head, the broader product named as such still counts half.
    const forCells = need(term(['磷酸铁锂'], ['nev.lfp'], 'MODIFIER'), term(['电芯'], [], 'HEAD'));
    const [lfp, cells] = forCells.terms.map((t) => t.weight);
    expect(productFit(forCells, offer({ title: ['电芯', '@g:nev.cathode'] })).value).toBeCloseTo((cells + lfp * 0.5) / (cells + lfp));
  });

  it('never passes a different product of the same class as the head: ceftriaxone API for an amoxicillin API need (a generic API offer, half)', () => {
    const apis = new Lexicon([
      { ...group('biomed.api', '原料药', 'API'), segments: ['biomed.api_herbs'] },
      { ...group('biomed.amoxicillin', '阿莫西林', 'amoxicillin', 'biomed.api'), segments: ['biomed.api_herbs'] },
      { ...group('biomed.ceftriaxone', '头孢曲松钠', 'ceftriaxone sodium', 'biomed.api'), segments: ['biomed.api_herbs'] },
    ]);
    const amoxicillin = needProfile([term(['阿莫西林'], ['biomed.amoxicillin'], 'HEAD'), term(['原料药'], ['biomed.api'])], apis, nonProduct);
    const ceftriaxone = productFit(amoxicillin, offer({ title: ['@g:biomed.ceftriaxone', '@u:biomed.api', '@g:biomed.api'], keywords: ['@g:biomed.ceftriaxone'] }));
    expect(ceftriaxone.value).toBeLessThanOrEqual(0.2);
    expect(fitsProduct(ceftriaxone, 0.3)).toBe(false);
    expect(productFit(amoxicillin, offer({ title: ['@g:biomed.api'] })).value).toBeCloseTo((3.5 * 0.5 + 3) / 6.5);
    expect(productFit(amoxicillin, offer({ title: ['@g:biomed.amoxicillin', '@u:biomed.api', '@g:biomed.api'] })).value).toBe(1);
    expect(mainProductKeys(amoxicillin)).toEqual(['@g:biomed.amoxicillin', '@u:biomed.amoxicillin', '@q:biomed.amoxicillin']);
  });

  it('answers a head by its qualifier and a product of its class named apart (a 12-inch epi wafer), below the product itself, and not as a sibling', () => {
    const wafers = new Lexicon([
      group('ic.silicon-wafer', '硅片', 'silicon wafer'), group('ic.wafer-300', '12英寸硅片', '300 mm wafer', 'ic.silicon-wafer'),
      group('ic.wafer-200', '8英寸硅片', '200 mm wafer', 'ic.silicon-wafer'), group('ic.epi-wafer', '外延硅片', 'epi wafer', 'ic.silicon-wafer'),
    ]);
    const twelveInch = needProfile([term(['12', '英寸', '硅片'], ['ic.wafer-300'], 'HEAD')], wafers, nonProduct);
    const epi = productFit(twelveInch, offer({ title: ['@g:ic.epi-wafer', '@u:ic.silicon-wafer', '@q:ic.wafer-300'] }));
    expect(epi.value).toBeCloseTo(0.8);
    expect(productFit(twelveInch, offer({ title: ['@g:ic.silicon-wafer', '@q:ic.wafer-300'] })).value).toBeCloseTo(0.8);
    expect(productFit(twelveInch, offer({ title: ['@g:ic.wafer-300', '@u:ic.silicon-wafer', '@q:ic.wafer-300'] })).value).toBe(1);
    // The same epi wafer without the size, and an 8-inch wafer, are other products of the class.
    expect(productFit(twelveInch, offer({ title: ['@g:ic.epi-wafer', '@u:ic.silicon-wafer'] })).value).toBe(0);
    expect(productFit(twelveInch, offer({ title: ['@g:ic.wafer-200', '@u:ic.silicon-wafer', '@g:ic.silicon-wafer', '@q:ic.wafer-200'] })).value).toBe(0);
    expect(productFit(twelveInch, offer({ keywords: ['@q:ic.wafer-300'], title: ['@g:ic.epi-wafer', '@u:ic.silicon-wafer'] })).value).toBeCloseTo(0.8 * 0.8);
    expect(mainProductKeys(twelveInch)).toContain('@q:ic.wafer-300');
  });

  it('takes the head\'s own class, named as such, for no sibling when that class has a broader one too (硅片 for 12英寸硅片, under 晶圆)', () => {
    const wafers = new Lexicon([
      group('ic.wafer', '晶圆', 'semiconductor wafer'), group('ic.silicon-wafer', '硅片', 'silicon wafer', 'ic.wafer'),
      group('ic.wafer-300', '12英寸硅片', '300 mm wafer', 'ic.silicon-wafer'), group('ic.wafer-200', '8英寸硅片', '200 mm wafer', 'ic.silicon-wafer'),
    ]);
    const twelveInch = needProfile([term(['12', '英寸', '硅片'], ['ic.wafer-300'], 'HEAD')], wafers, nonProduct);
    expect(productFit(twelveInch, offer({ title: ['@g:ic.silicon-wafer', '@u:ic.wafer'] })).value).toBeCloseTo(0.5);
    expect(productFit(twelveInch, offer({ title: ['@g:ic.wafer-200', '@u:ic.silicon-wafer', '@u:ic.wafer'] })).value).toBe(0);
    expect(productFit(twelveInch, offer({ title: ['@g:ic.wafer-200', '@u:ic.silicon-wafer', '@u:ic.wafer', '@g:ic.silicon-wafer'] })).value).toBe(0);
    // 硅片 and a size that makes it another kind (8英寸抛光硅片: @q:ic.wafer-200) is a sibling too; with the wanted size, no.
    expect(productFit(twelveInch, offer({ title: ['@g:ic.silicon-wafer', '@u:ic.wafer', '@q:ic.wafer-200'] })).value).toBe(0);
    expect(productFit(twelveInch, offer({ title: ['@g:ic.silicon-wafer', '@u:ic.wafer', '@q:ic.wafer-200', '@q:ic.wafer-300'] })).value).toBeCloseTo(0.8);
  });

  it('caps an offer that names none of the need\'s head terms, however much else it names', () => {
    const driverIcs = need(term(['lcd'], ['display.lcd']), term(['驱动芯片'], ['display.ddic'], 'HEAD'));
    expect(productFit(driverIcs, offer({ title: ['@g:display.lcd', '电视'] })).value).toBe(0.2);
    expect(productFit(driverIcs, offer({ title: ['@g:display.ddic'], incidental: ['@g:display.lcd'] })).value).toBeGreaterThan(0.5);
    expect(productFit(driverIcs, offer({ title: ['@g:display.lcd'], incidental: ['@g:display.ddic'] })).value).toBe(0.2);
  });

  it('takes what an offer\'s title names to qualify its product as an answer beside the need\'s head, never as its head', () => {
    const panels = need(term(['lcd'], ['display.lcd'], 'HEAD'));
    expect(productFit(panels, offer({ title: ['@g:display.ddic'], qualifiers: ['@g:display.lcd'] })).value).toBe(0);
    const driverIcs = need(term(['lcd'], ['display.lcd'], 'MODIFIER'), term(['驱动芯片'], ['display.ddic'], 'HEAD'));
    expect(productFit(driverIcs, offer({ title: ['@g:display.ddic'], qualifiers: ['@g:display.lcd'] })).value).toBe(1);
    expect(productFit(driverIcs, offer({ title: ['@g:display.ddic'] })).value).toBeLessThan(1);
  });

  it('counts an offer listing many products for less, and has no opinion on a need that names none', () => {
    expect(productFit(lfpNeed, offer({ title: ['@g:nev.lfp'], breadth: 12 })).breadthScale).toBeCloseTo(0.5);
    const none = productFit(need(term(['吨'])), offer({ title: ['@g:nev.lfp'] }));
    expect(none.value).toBeNull();
    expect(fitsProduct(none, 0.3)).toBe(true);
  });

  it('retrieves by the heaviest terms and counts offers of the main product', () => {
    expect(productQueries(lfpNeed, 2)).toEqual({ exact: '磷酸铁锂 高压实', broadened: '正极材料 高压实' });
    expect(productQueries(need(term(['高压实'])), 2)).toEqual({ exact: '高压实' });
    expect(mainProductKeys(lfpNeed)).toEqual(['@g:nev.lfp', '@u:nev.lfp', '@q:nev.lfp']);
    expect(mainProductKeys(need(term(['高压实'])))).toEqual(['高压实']);
  });
});

describe('matched products in explanations', () => {
  const named = (zh: string, en?: string) => ({ ...WAFERS, names: { zh, en } });

  it('names each product once, in the reader\'s language, with "…" when some are left out or have no name there', () => {
    const terms = [named('磷酸铁锂', 'lithium iron phosphate'), named('电芯', 'battery cell'), named('正极材料', 'cathode material'), named('车规'), named('储能', 'energy storage')];
    expect(termNames(terms, 'zh')).toBe('磷酸铁锂、电芯、正极材料、车规…');
    expect(termNames(terms, 'en')).toBe('lithium iron phosphate, battery cell, cathode material, energy storage…');
    expect(termNames([named('磷酸铁锂', 'LFP'), named('磷酸铁锂', 'LFP')], 'zh')).toBe('磷酸铁锂');
  });

  it('says which of the need\'s products the offer names, in each language', () => {
    const reading = textRelevance(pair({}, {}, { productFit: fit([WAFERS, PHOTORESIST], [WAFERS]) }));
    expect(reading.value).toBeCloseTo(3.5 / 6.5);
    expect(reading.sentences().BUYER).toEqual({ zh: '供给写明了需求的1/2个产品：12英寸硅片', en: 'The offer names 1 of the 2 products needed: 300 mm silicon wafer' });
  });
});

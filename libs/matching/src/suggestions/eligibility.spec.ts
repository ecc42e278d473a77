import { isEligible } from './eligibility.js';
import { certifications } from './factors/certifications.factor.js';
import { missingCertifications, satisfies } from './factors/certification-names.js';
import { pair, PUDONG, side } from '../testing/pair-fixtures.js';

describe('eligibility', () => {
  const demand = side({ enterpriseId: 'd', kind: 'DEMAND', place: PUDONG });
  it('never pairs an enterprise with itself', () => {
    expect(isEligible(demand, side({ enterpriseId: 'd' }), 10)).toBe(false);
  });
  it('respects provinces accepted by the buyer and served by the supplier', () => {
    expect(isEligible({ ...demand, servedProvinceAdcodes: ['310000'] }, side({}), 10)).toBe(false);
    expect(isEligible(demand, side({ servedProvinceAdcodes: ['320000'] }), 10)).toBe(false);
    expect(isEligible({ ...demand, servedProvinceAdcodes: ['320000'] }, side({ servedProvinceAdcodes: ['310000', '320000'] }), 10)).toBe(true);
  });
  it('respects either side\'s radius', () => {
    expect(isEligible({ ...demand, serviceRadiusKm: 50 }, side({}), 86)).toBe(false);
    expect(isEligible(demand, side({ serviceRadiusKm: 100 }), 86)).toBe(true);
  });
  it('filters out a supplier lacking a certification the need marks as mandatory, editions normalised', () => {
    const needing = { ...demand, mandatoryCertifications: ['危险废物经营许可证', 'ISO 14001'] };
    expect(isEligible(needing, side({ certifications: ['ISO 14001:2015'] }), 10)).toBe(false);
    expect(isEligible(needing, side({ certifications: ['危险废物经营许可证', 'ISO 14001:2015'] }), 10)).toBe(true);
    expect(isEligible({ ...demand, mandatoryCertifications: ['AS9100'] }, side({ certifications: ['AS9100D'] }), 10)).toBe(true);
  });
});

describe('certifications', () => {
  it.each([
    ['IATF 16949:2016', 'IATF 16949', true],
    ['iatf16949', 'IATF 16949', true],
    ['ISO 9001:2015', 'ISO 9001:2015', true],
    ['ISO 9001', 'ISO 9001:2015', true],
    ['ISO 9001:2008', 'ISO 9001:2015', false],
    ['AS9100D', 'AS9100C', true],
    ['AS9100C', 'AS9100D', false],
    ['ISO/IEC 27001:2022', 'ISO/IEC 27001', true],
    ['ISO 14001', 'ISO 9001', false],
    ['GB/T 19001-2016', 'GB/T 19001', true],
  ])('%s satisfies %s: %s', (held, required, expected) => {
    expect(satisfies(held, required)).toBe(expected);
  });

  it('lists what is missing, and scores only the wanted ones (mandatory ones filter instead)', () => {
    expect(missingCertifications(['IATF 16949', 'ISO 26262'], ['IATF 16949:2016'])).toEqual(['ISO 26262']);
    const wanted = certifications(pair({ certifications: ['ISO 9001:2015'] }, { certifications: ['ISO 9001', 'IATF 16949'], mandatoryCertifications: ['ISO 14001'] }));
    expect(wanted.value).toBe(0.5);
    expect(wanted.sentences().BUYER.en).toBe('Missing certifications: IATF 16949; holds the mandatory ISO 14001');
    expect(certifications(pair({ certifications: ['IATF 16949:2016'] }, { certifications: ['IATF 16949'] })).value).toBe(1);
  });
});

import { EnterpriseReviewReason, EnterpriseSize, type EnterpriseEntity } from './enterprise.entity.js';
import { enterpriseChanges, hasChanges, newEnterpriseRecord, reviewReasonsFor } from './enterprise-changes.js';
import type { RegisterEnterpriseInput } from './enterprise.inputs.js';
import { checkUscc } from './uscc/uscc.js';

const { USCC_REGION_MISMATCH } = EnterpriseReviewReason;
const HANGZHOU_USCC = '91330100716105852F';
const HANGZHOU = { countyAdcode: '330106', cityAdcode: '330100', provinceAdcode: '330000' };
const SUZHOU = { countyAdcode: '320505', cityAdcode: '320500', provinceAdcode: '320000' };

function validUscc(code: string) {
  const check = checkUscc(code);
  if (!check.valid) throw new Error(`test vector ${code} is invalid`);
  return check;
}

const stored = (overrides: Partial<EnterpriseEntity> = {}): EnterpriseEntity => ({
  id: '3f1c1f3e-8a8e-4c4b-9f57-1d2f0f3b9a11',
  uscc: HANGZHOU_USCC,
  nameZh: '阿里巴巴（中国）有限公司',
  nameEn: null,
  ...HANGZHOU,
  lat: 30.28,
  lng: 120.02,
  size: EnterpriseSize.LARGE,
  verifiedAt: null,
  verifiedBy: null,
  contactName: '张三',
  contactPhone: '13800138000',
  contactEmail: null,
  reviewReasons: [],
  version: 3,
  createdAt: new Date(),
  updatedAt: new Date(),
  ...overrides,
});

describe('reviewReasonsFor', () => {
  it('flags a USCC of another province and clears the flag when they agree', () => {
    expect(reviewReasonsFor([], '310000', '320000')).toEqual([USCC_REGION_MISMATCH]);
    expect(reviewReasonsFor([USCC_REGION_MISMATCH], '320000', '320000')).toEqual([]);
  });

  it('never lists the mismatch twice', () => {
    expect(reviewReasonsFor([USCC_REGION_MISMATCH], '310000', '320000')).toEqual([USCC_REGION_MISMATCH]);
  });

  it('keeps reasons of other kinds', () => {
    const other = 'MANUAL_CHECK' as EnterpriseReviewReason;
    expect(reviewReasonsFor([other, USCC_REGION_MISMATCH], '320000', '320000')).toEqual([other]);
  });
});

describe('newEnterpriseRecord', () => {
  const input: RegisterEnterpriseInput = {
    uscc: HANGZHOU_USCC.toLowerCase(),
    nameZh: '阿里巴巴（中国）有限公司',
    countyAdcode: '330106',
    segmentIds: ['ic.fab'],
    size: EnterpriseSize.LARGE,
  };

  it('stores the normalised code, the derived region, and no point or contact when none is given', () => {
    expect(newEnterpriseRecord(input, validUscc(input.uscc), HANGZHOU)).toEqual({
      uscc: HANGZHOU_USCC,
      nameZh: input.nameZh,
      nameEn: null,
      ...HANGZHOU,
      lat: null,
      lng: null,
      size: EnterpriseSize.LARGE,
      contactName: null,
      contactPhone: null,
      contactEmail: null,
      reviewReasons: [],
    });
  });

  it('flags a code registered in another province than the county', () => {
    expect(newEnterpriseRecord(input, validUscc(input.uscc), SUZHOU).reviewReasons).toEqual([USCC_REGION_MISMATCH]);
  });

  it('keeps the point and the contact parts given', () => {
    const record = newEnterpriseRecord({ ...input, location: { lat: 30.3, lng: 120.1 }, contact: { email: 'a@b.cn' } }, validUscc(input.uscc), HANGZHOU);
    expect(record).toMatchObject({ lat: 30.3, lng: 120.1, contactName: null, contactPhone: null, contactEmail: 'a@b.cn' });
  });
});

describe('hasChanges', () => {
  it('is false for an empty input or one with only undefined values', () => {
    expect(hasChanges({})).toBe(false);
    expect(hasChanges({ nameZh: undefined })).toBe(false);
  });

  it('is true when a value, even null, is given', () => {
    expect(hasChanges({ nameEn: null })).toBe(true);
    expect(hasChanges({ segmentIds: ['ic.fab'] })).toBe(true);
  });
});

describe('enterpriseChanges', () => {
  it('sets only what the input names', () => {
    expect(enterpriseChanges({ nameZh: '新名称', size: EnterpriseSize.SMALL }, stored())).toEqual({ nameZh: '新名称', size: EnterpriseSize.SMALL });
  });

  it('clears the optional fields given as null', () => {
    expect(enterpriseChanges({ nameEn: null, location: null, contact: null }, stored())).toEqual({
      nameEn: null,
      lat: null,
      lng: null,
      contactName: null,
      contactPhone: null,
      contactEmail: null,
    });
  });

  it('replaces the contact as a whole', () => {
    expect(enterpriseChanges({ contact: { email: 'x@y.cn' } }, stored())).toEqual({ contactName: null, contactPhone: null, contactEmail: 'x@y.cn' });
  });

  it('moves city and province with the county and recomputes the review flag', () => {
    expect(enterpriseChanges({ countyAdcode: SUZHOU.countyAdcode }, stored(), SUZHOU)).toEqual({ ...SUZHOU, reviewReasons: [USCC_REGION_MISMATCH] });
    expect(enterpriseChanges({ countyAdcode: HANGZHOU.countyAdcode }, stored({ ...SUZHOU, reviewReasons: [USCC_REGION_MISMATCH] }), HANGZHOU)).toEqual({
      ...HANGZHOU,
      reviewReasons: [],
    });
  });

  it('leaves the review flag alone when the county does not change', () => {
    expect(enterpriseChanges({ nameZh: '改名' }, stored({ reviewReasons: [USCC_REGION_MISMATCH] }))).not.toHaveProperty('reviewReasons');
  });
});

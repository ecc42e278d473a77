import { covers, Role, type AuthUser, type Coverage } from '@chainmatch/auth';
import { ErrorCode } from '@chainmatch/core';
import { assertCuratesMatch, canSeeMatch, matchCoverageTarget } from './match-access.js';

const match = {
  chainId: 'ic', demandProvinceAdcode: '320000', supplyProvinceAdcode: '330000', demandEnterpriseId: 'buyer', supplyEnterpriseId: 'seller',
};
const user = (role: Role, extra: Partial<AuthUser> = {}): AuthUser =>
  ({ userId: 'u', role, sessionId: 's', enterpriseId: null, allianceId: null, coverage: null, ...extra });
const staff = (coverage: Coverage) => user(Role.ALLIANCE_STAFF, { allianceId: 'a', coverage });

describe('match coverage', () => {
  it.each([
    [{ chainIds: ['ic'], provinceAdcodes: ['320000'] }, true],
    [{ chainIds: ['ic'], provinceAdcodes: ['330000'] }, true],
    [{ chainIds: ['ic'], provinceAdcodes: ['310000'] }, false],
    [{ chainIds: ['biomed'], provinceAdcodes: ['320000', '330000'] }, false],
  ])('%j covers the IC match between Jiangsu and Zhejiang: %p', (coverage, expected) => {
    expect(covers(coverage, matchCoverageTarget(match))).toBe(expected);
  });

  it('lets covering staff and admins curate, refusing others with OUTSIDE_COVERAGE', () => {
    expect(() => assertCuratesMatch(staff({ chainIds: ['ic'], provinceAdcodes: ['330000'] }), match)).not.toThrow();
    expect(() => assertCuratesMatch(user(Role.ADMIN), match)).not.toThrow();
    for (const outsider of [staff({ chainIds: ['ai'], provinceAdcodes: ['320000'] }), user(Role.ENTERPRISE_MEMBER, { enterpriseId: 'buyer' })]) {
      expect(() => assertCuratesMatch(outsider, match)).toThrow(expect.objectContaining({
        code: ErrorCode.FORBIDDEN, details: expect.objectContaining({ reason: 'OUTSIDE_COVERAGE' }),
      }));
    }
  });

  it('shows a match to its curators and the members of its two enterprises only', () => {
    expect(canSeeMatch(user(Role.ENTERPRISE_MEMBER, { enterpriseId: 'buyer' }), match)).toBe(true);
    expect(canSeeMatch(user(Role.ENTERPRISE_MEMBER, { enterpriseId: 'seller' }), match)).toBe(true);
    expect(canSeeMatch(user(Role.ENTERPRISE_MEMBER, { enterpriseId: 'other' }), match)).toBe(false);
    expect(canSeeMatch(staff({ chainIds: ['ic'], provinceAdcodes: ['310000'] }), match)).toBe(false);
    expect(canSeeMatch(undefined, match)).toBe(false);
  });
});

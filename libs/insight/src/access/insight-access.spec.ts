import { Role, type AuthUser, type Coverage } from '@chainmatch/auth';
import { ErrorCode } from '@chainmatch/core';
import { assertMaySeeLeaderNeeds, coversChainArea } from './insight-access.js';

const staff = (coverage: Coverage): AuthUser =>
  ({ userId: 'u', role: Role.ALLIANCE_STAFF, sessionId: 's', enterpriseId: null, allianceId: 'a', coverage });
const member = (enterpriseId: string): AuthUser =>
  ({ userId: 'u', role: Role.ENTERPRISE_MEMBER, sessionId: 's', enterpriseId, allianceId: null, coverage: null });
const admin: AuthUser = { userId: 'u', role: Role.ADMIN, sessionId: 's', enterpriseId: null, allianceId: null, coverage: null };

const jiangsuIc = staff({ chainIds: ['ic'], provinceAdcodes: ['320000'] });

describe('insight areas under the coverage rule', () => {
  it('lets staff into a chain in a province they cover, and into the region row of a chain they cover', () => {
    expect(coversChainArea(jiangsuIc, { chainId: 'ic', provinceAdcode: '320000' })).toBe(true);
    expect(coversChainArea(jiangsuIc, { chainId: 'ic', provinceAdcode: null })).toBe(true);
    expect(coversChainArea(jiangsuIc, { chainId: 'ic', provinceAdcode: '330000' })).toBe(false);
    expect(coversChainArea(jiangsuIc, { chainId: 'biomed', provinceAdcode: null })).toBe(false);
    expect(coversChainArea(admin, { chainId: 'biomed', provinceAdcode: '340000' })).toBe(true);
    expect([undefined, member('e')].some((user) => coversChainArea(user, { chainId: 'ic', provinceAdcode: null }))).toBe(false);
  });

  it('shows a leader\'s open needs to its members, covering staff and admins only', () => {
    const leader = { enterpriseId: 'leader', chainId: 'ic', provinceAdcode: '320000' };
    for (const user of [member('leader'), jiangsuIc, admin]) expect(() => assertMaySeeLeaderNeeds(user, leader)).not.toThrow();
    for (const user of [undefined, member('other'), staff({ chainIds: ['ic'], provinceAdcodes: ['330000'] })]) {
      expect(() => assertMaySeeLeaderNeeds(user, leader)).toThrow(expect.objectContaining({ code: ErrorCode.FORBIDDEN }));
    }
    // An enterprise whose province is unknown lies nowhere: not in the whole region.
    expect(() => assertMaySeeLeaderNeeds(jiangsuIc, { ...leader, provinceAdcode: '' })).toThrow();
  });
});

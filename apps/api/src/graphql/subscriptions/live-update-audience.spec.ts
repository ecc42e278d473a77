import { Role, type AuthUser } from '@chainmatch/auth';
import { curatesMatch, isInterestOwner, isInterestSender, isMatchParty } from './live-update-audience.js';

const member = (enterpriseId: string): AuthUser => ({
  userId: 'u', role: Role.ENTERPRISE_MEMBER, sessionId: 's', enterpriseId, allianceId: null, coverage: null,
});
const staff = (chainIds: string[], provinceAdcodes: string[]): AuthUser => ({
  userId: 'u', role: Role.ALLIANCE_STAFF, sessionId: 's', enterpriseId: null, allianceId: 'a', coverage: { chainIds, provinceAdcodes },
});
const admin: AuthUser = { userId: 'u', role: Role.ADMIN, sessionId: 's', enterpriseId: null, allianceId: null, coverage: null };

const interest = { ownerEnterpriseId: 'owner', senderEnterpriseId: 'sender' };
const match = { demandEnterpriseId: 'buyer', supplyEnterpriseId: 'seller', chainId: 'ic', provinceAdcodes: ['320000', '330000'] };

describe('who hears of an event', () => {
  it('tells interest received to the owner\'s members and answers to the sender\'s', () => {
    expect([isInterestOwner(member('owner'), interest), isInterestOwner(member('sender'), interest)]).toEqual([true, false]);
    expect([isInterestSender(member('sender'), interest), isInterestSender(member('owner'), interest)]).toEqual([true, false]);
    expect(isInterestOwner(admin, interest)).toBe(false);
  });

  it('tells a suggested match to members of either enterprise only', () => {
    expect([member('buyer'), member('seller'), member('other')].map((user) => isMatchParty(user, match))).toEqual([true, true, false]);
  });

  it('tells the curation queue to admins and staff covering the chain and one of the provinces', () => {
    expect(curatesMatch(admin, match)).toBe(true);
    expect(curatesMatch(staff(['ic'], ['330000']), match)).toBe(true);
    expect(curatesMatch(staff(['ic'], ['340000']), match)).toBe(false);
    expect(curatesMatch(staff(['biomed'], ['320000']), match)).toBe(false);
    expect(curatesMatch(member('buyer'), match)).toBe(false);
  });
});

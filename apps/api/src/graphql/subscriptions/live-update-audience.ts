import { curates, isMemberOf, type AuthUser } from '@chainmatch/auth';

/** Who may hear of an event: the same people who may see what it is about. */
interface InterestParties {
  ownerEnterpriseId: string;
  senderEnterpriseId: string;
}

interface MatchParties {
  demandEnterpriseId: string;
  supplyEnterpriseId: string;
  chainId: string;
  provinceAdcodes: string[];
}

/** Members of the enterprise whose listing received the interest. */
export const isInterestOwner = (user: AuthUser, interest: InterestParties) => isMemberOf(user, interest.ownerEnterpriseId);

/** Members of the enterprise that expressed the interest. */
export const isInterestSender = (user: AuthUser, interest: InterestParties) => isMemberOf(user, interest.senderEnterpriseId);

/** Members of either enterprise of the match. */
export const isMatchParty = (user: AuthUser, match: MatchParties) =>
  isMemberOf(user, match.demandEnterpriseId) || isMemberOf(user, match.supplyEnterpriseId);

/** Admins, and staff whose alliance covers the match's chain and one of its provinces. */
export const curatesMatch = (user: AuthUser, match: MatchParties) =>
  curates(user, { provinceAdcodes: match.provinceAdcodes, chainIds: [match.chainId] });

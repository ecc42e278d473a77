import { curates, isMemberOf, type AuthUser } from '@chainmatch/auth';

/** Who may hear of an event: the same people who may see what it is about. */
interface InterestParties {
  ownerEnterpriseId: string;
  senderEnterpriseId: string;
}

/** Where a match event lies: its chain and the provinces of its two sides. */
interface MatchPlaces {
  chainId: string;
  provinceAdcodes: string[];
}

/** Members of the enterprise whose listing received the interest. */
export const isInterestOwner = (user: AuthUser, interest: InterestParties) => isMemberOf(user, interest.ownerEnterpriseId);

/** Members of the enterprise that expressed the interest. */
export const isInterestSender = (user: AuthUser, interest: InterestParties) => isMemberOf(user, interest.senderEnterpriseId);

/** Members of either enterprise of the match: the matching lib's party rule, the one canSeeMatch uses. */
export { isMatchParty } from '@chainmatch/matching';

/** Admins, and staff whose alliance covers the match's chain and one of its provinces. */
export const curatesMatch = (user: AuthUser, match: MatchPlaces) =>
  curates(user, { provinceAdcodes: match.provinceAdcodes, chainIds: [match.chainId] });

import { registerEnumType } from '@nestjs/graphql';

/** What suppliers' shares of supply (HHI, top city share) are measured in. */
export enum ConcentrationBasis {
  LISTING_COUNT = 'LISTING_COUNT',
  CAPACITY = 'CAPACITY',
}

registerEnumType(ConcentrationBasis, {
  name: 'ConcentrationBasis',
  description: 'LISTING_COUNT: each live supply listing weighs one; CAPACITY: by capacity where units compare.',
});

/**
 * The weight of one live supply listing in its supplier's share. Capacity where units compare is
 * the goal; until the listings carry units from a common catalogue every listing weighs 1 (shares
 * by listing count). To switch, return the listing's capacity in its catalogue unit here (falling
 * back to 1 where units do not compare) and change CONCENTRATION_BASIS.
 */
export const supplyShareWeight = (_alias: string): string => '1';

export const CONCENTRATION_BASIS = ConcentrationBasis.LISTING_COUNT;

import type { CoverageColumns, CoverageTarget } from '@chainmatch/auth';
import type { ListingEntity } from './listing.entity.js';

/** Where a listing lies for coverage: its province and its chain. */
export const listingCoverageTarget = (listing: Pick<ListingEntity, 'provinceAdcode' | 'chainId'>): CoverageTarget =>
  ({ provinceAdcodes: [listing.provinceAdcode], chainIds: [listing.chainId] });

/** The same in SQL, for a `listing` row under `alias`. */
export const listingCoverageColumns = (alias: string): CoverageColumns =>
  ({ provinces: [`${alias}.province_adcode`], chains: [`${alias}.chain_id`] });

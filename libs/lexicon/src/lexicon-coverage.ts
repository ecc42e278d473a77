import type { CoverageColumns, CoverageTarget } from '@chainmatch/auth';
import { REGION_PROVINCE_ADCODES } from '@chainmatch/regions';

/**
 * Where a chain's lexicon lies for coverage (libs/auth's rule): its terms are read across the whole
 * region, which lies in each of its provinces, so staff of an alliance covering the chain in any
 * province edit it, and admins.
 */
export const lexiconCoverageTarget = (chainId: string): CoverageTarget => ({ provinceAdcodes: REGION_PROVINCE_ADCODES, chainIds: [chainId] });

/** `lexiconCoverageTarget` over rows whose chain is in `chainColumn`, for `curatesCondition`. */
export const lexiconCoverageColumns = (chainColumn: string): CoverageColumns =>
  ({ provinces: REGION_PROVINCE_ADCODES.map((adcode) => `'${adcode}'`), chains: [chainColumn] });

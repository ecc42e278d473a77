import type { CoverageColumns, CoverageTarget } from '@chainmatch/auth';
import type { TaxonomyService } from '@chainmatch/chains';

/**
 * Where an enterprise lies for coverage: its province, and the chains of the segments it works in.
 * The TypeScript and the SQL side of that one definition, side by side.
 */
export function enterpriseCoverageTarget(
  enterprise: { provinceAdcode: string },
  segmentIds: readonly string[],
  taxonomy: TaxonomyService,
): CoverageTarget {
  const chainIds = segmentIds.map((id) => taxonomy.segment(id)?.chainId).filter((id): id is string => id !== undefined);
  return { provinceAdcodes: [enterprise.provinceAdcode], chainIds: [...new Set(chainIds)] };
}

/** The same for an `enterprise` row under `alias`: its chains come from `enterprise_segment`. */
export const enterpriseCoverageColumns = (alias: string): CoverageColumns => ({
  provinces: [`${alias}.province_adcode`],
  chains: { query: `SELECT s.chain_id FROM enterprise_segment es JOIN segment s ON s.id = es.segment_id WHERE es.enterprise_id = ${alias}.id` },
});
